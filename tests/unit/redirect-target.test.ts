import { describe, expect, it } from 'vitest';
import { redirectTarget } from '$lib/server/redirect-target';

const ORIGIN = 'https://aantafel.example';

/** What a browser would do with the Location header: resolve it against the page it came from. */
function landsOn(location: string): URL {
	return new URL(location, `${ORIGIN}/inloggen`);
}

describe('redirectTarget', () => {
	it('keeps a path and query on this site', () => {
		expect(redirectTarget('/gezinnen/abc/tijdlijn?weg=1', ORIGIN)).toBe('/gezinnen/abc/tijdlijn?weg=1');
		expect(redirectTarget('/', ORIGIN)).toBe('/');
	});

	it('drops the fragment', () => {
		expect(redirectTarget('/gezinnen#kop', ORIGIN)).toBe('/gezinnen');
	});

	it('falls back for nothing, or for a target that is too long', () => {
		expect(redirectTarget(null, ORIGIN)).toBe('/');
		expect(redirectTarget(undefined, ORIGIN)).toBe('/');
		expect(redirectTarget('', ORIGIN, '/gezinnen')).toBe('/gezinnen');
		expect(redirectTarget('/' + 'a'.repeat(600), ORIGIN)).toBe('/');
	});

	const nasty = [
		'//evil.example',
		'//evil.example/pad',
		'///evil.example',
		'////evil.example',
		'/\\evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'/\t\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\r/evil.example',
		'\t//evil.example',
		' //evil.example',
		'/%09/evil.example',
		'/.//evil.example',
		'/./\\evil.example',
		'/..//evil.example',
		'/a/..//evil.example',
		'https://evil.example',
		'https://evil.example/gezinnen',
		'http://aantafel.example/gezinnen',
		'HTTPS://evil.example',
		'https:evil.example',
		'https:/evil.example',
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'evil.example',
		'gezinnen',
		'@evil.example',
		'/@evil.example',
		'/ /evil.example',
		'/\u0000/evil.example',
		'/\u000b/evil.example',
		'/\u3000/evil.example',
		'/%2F%2Fevil.example',
		'/%5C%5Cevil.example',
		'/%0d%0aSet-Cookie:%20x=1',
		'/%0D%0ALocation:%20https://evil.example'
	];

	it.each(nasty)('never leaves the site, never returns a header-breaking target: %j', (raw) => {
		const target = redirectTarget(raw, ORIGIN);
		expect(target.startsWith('/')).toBe(true);
		expect(target.startsWith('//')).toBe(false);
		expect([...target].some((c) => c <= ' ' || c === '\u007f' || c === '\\')).toBe(false);
		expect(landsOn(target).origin).toBe(ORIGIN);
	});

	it('refuses the protocol-relative and scheme forms outright', () => {
		for (const raw of [
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/.//evil.example',
			'javascript:alert(1)',
			'https://evil.example'
		]) {
			expect(redirectTarget(raw, ORIGIN)).toBe('/');
		}
	});

	it('keeps encoded slashes and line breaks encoded, as part of one path', () => {
		expect(redirectTarget('/%2F%2Fevil.example', ORIGIN)).toBe('/%2F%2Fevil.example');
		expect(redirectTarget('/%0d%0aSet-Cookie:%20x=1', ORIGIN)).toBe('/%0d%0aSet-Cookie:%20x=1');
	});

	it('encodes what a header cannot carry', () => {
		expect(redirectTarget('/zoek?q=a b"<', ORIGIN)).toBe('/zoek?q=a%20b%22%3C');
	});
});
