import { test, expect, apiAs, DEMO_PASSWORD } from './fixtures';

/**
 * A target the user gives (`?terug=` after login, `terug` when choosing a language) never sends
 * the browser to another site and never breaks the answer.
 */
const NASTY = [
	'//evil.example',
	'/\t/evil.example',
	'/\n/evil.example',
	'/\r\n/evil.example',
	'/\\evil.example',
	'/\\/evil.example',
	'\\\\evil.example',
	'/.//evil.example',
	'/%2F%2Fevil.example',
	'/%0d%0aSet-Cookie:%20x=1',
	'https://evil.example/',
	'javascript:alert(1)',
	' //evil.example',
	'/\u0000/evil.example'
];

function expectStaysHome(location: string | undefined, baseURL: string, where: string) {
	expect(typeof location, where).toBe('string');
	const target = new URL(location!, `${baseURL}/inloggen`);
	expect(target.origin, where).toBe(new URL(baseURL).origin);
	expect(location!.startsWith('//'), where).toBe(false);
}

test('after login the browser stays on this site, whatever ?terug= says', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	for (const raw of NASTY) {
		const query = `?terug=${encodeURIComponent(raw)}`;
		const posted = await api.post(`/inloggen${query}`, {
			form: { gebruikersnaam: 'oma', wachtwoord: DEMO_PASSWORD },
			headers: { origin: baseURL! }
		});
		expect(posted.status(), `POST ${JSON.stringify(raw)}`).toBe(303);
		expectStaysHome(posted.headers()['location'], baseURL!, `POST ${JSON.stringify(raw)}`);

		// Already logged in: the login page sends you on at once.
		const visited = await api.get(`/inloggen${query}`);
		expect(visited.status(), `GET ${JSON.stringify(raw)}`).toBe(303);
		expectStaysHome(visited.headers()['location'], baseURL!, `GET ${JSON.stringify(raw)}`);
	}
	// The attacker's exact link: a tab in the middle of `//`.
	const link = await api.get('/inloggen?terug=%2F%09%2Fevil.example');
	expect(link.headers()['location']).toBe('/');
	// A normal target still works.
	const normal = await api.get(`/inloggen?terug=${encodeURIComponent('/afspraken?x=1')}`);
	expect(normal.headers()['location']).toBe('/afspraken?x=1');
	await api.dispose();
});

test('choosing a language stays on this site and never gives a 500', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	for (const raw of NASTY) {
		const res = await api.post('/taal', { form: { taal: 'nl', terug: raw }, headers: { origin: baseURL! } });
		expect(res.status(), JSON.stringify(raw)).toBe(303);
		expectStaysHome(res.headers()['location'], baseURL!, JSON.stringify(raw));
	}
	const normal = await api.post('/taal', {
		form: { taal: 'en', terug: '/inloggen?uitgelogd=1' },
		headers: { origin: baseURL! }
	});
	expect(normal.headers()['location']).toBe('/inloggen?uitgelogd=1');
	await api.dispose();
});
