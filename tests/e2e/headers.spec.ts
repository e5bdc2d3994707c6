import { test, expect, apiAs, type DemoUser } from './fixtures';
import { everyPage } from './pages';

test('security headers on every page', async ({ baseURL }) => {
	const clients = new Map<DemoUser | null, Awaited<ReturnType<typeof apiAs>>>();
	for (const [user, path] of everyPage()) {
		if (!clients.has(user)) clients.set(user, await apiAs(baseURL!, user));
		const res = await clients.get(user)!.get(path);
		const h = res.headers();
		const where = `${user ?? 'anonymous'} ${path}`;
		expect(res.status(), where).toBe(200);
		expect(h['x-content-type-options'], where).toBe('nosniff');
		expect(h['referrer-policy'], where).toBe('same-origin');
		expect(h['permissions-policy'], where).toContain('camera=()');
		const csp = h['content-security-policy'] ?? '';
		expect(csp, where).toContain("frame-ancestors 'none'");
		expect(csp, where).toContain("default-src 'self'");
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, where).not.toContain('unsafe-inline');
		expect(scriptSrc, where).toMatch(/'nonce-|'sha256-/);
		// Over plain http there is no HSTS (it is sent when ORIGIN is https).
		expect(h['strict-transport-security'], where).toBeUndefined();
		if (user) expect(h['cache-control'], where).toBe('no-store');
	}
	for (const c of clients.values()) await c.dispose();
});

test('links with a secret are never cached', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	for (const path of ['/uitnodiging/iets', '/wachtwoord/iets']) {
		expect((await api.get(path)).headers()['cache-control']).toBe('no-store');
	}
	await api.dispose();
});

test('SvelteKit’s CSRF origin check refuses cross-site form posts', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	const res = await api.post('/inloggen', {
		form: { gebruikersnaam: 'ouder', wachtwoord: 'demo-aan-tafel' },
		headers: { origin: 'http://evil.example' }
	});
	expect(res.status()).toBe(403);
	expect(res.headers()['set-cookie'] ?? '').not.toContain('aan-tafel-sessie=');
	await api.dispose();
});

/** The CSP and nosniff, which every answer carries: pages, errors, redirects, JSON, static files. */
function expectBaseHeaders(res: { headers(): Record<string, string> }, where: string) {
	const h = res.headers();
	expect(h['x-content-type-options'], where).toBe('nosniff');
	const csp = h['content-security-policy'] ?? '';
	expect(csp, where).toContain("default-src 'self'");
	expect(csp, where).toContain("frame-ancestors 'none'");
	expect(csp, where).toContain("object-src 'none'");
	expect(csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '', where).not.toContain('unsafe-inline');
}

test('error pages, static files and every other answer carry the CSP and nosniff', async ({ baseURL }) => {
	const anonymous = await apiAs(baseURL!, null);
	const ouder = await apiAs(baseURL!, 'ouder');
	// A real file of the build, as the page links it.
	const home = await (await anonymous.get('/inloggen')).text();
	const asset = /\/_app\/immutable\/[^"']+\.js/.exec(home)?.[0] ?? '';
	expect(asset).toMatch(/^\/_app\/immutable\//);

	const cases: Array<[string, typeof anonymous, string, number, { method?: string; origin?: string }?]> = [
		['unknown route', anonymous, '/bestaat-niet', 404],
		['error() 404', ouder, '/gezinnen/bestaat-niet', 404],
		['error() 403', ouder, '/beheer', 403],
		['missing static file', anonymous, '/bestaat-niet.png', 404],
		['missing build file', anonymous, '/_app/immutable/bestaat-niet.js', 404],
		['static file', anonymous, '/robots.txt', 200],
		['static image', anonymous, '/favicon.svg', 200],
		['build file', anonymous, asset, 200],
		['version file', anonymous, '/_app/version.json', 200],
		['page data', ouder, '/account/__data.json', 200],
		['redirect', anonymous, '/gezinnen', 303],
		['endpoint error', ouder, '/gezinnen/bestaat-niet/groeiplan/live', 404],
		['wrong method', anonymous, '/basis', 405, { method: 'DELETE' }],
		['cross-site post', anonymous, '/inloggen', 403, { method: 'POST', origin: 'http://evil.example' }]
	];
	for (const [what, api, path, status, opts] of cases) {
		const res = await api.fetch(path, {
			method: opts?.method ?? 'GET',
			...(opts?.origin ? { headers: { origin: opts.origin }, form: { gebruikersnaam: 'x', wachtwoord: 'y' } } : {})
		});
		const where = `${what}: ${opts?.method ?? 'GET'} ${path}`;
		expect(res.status(), where).toBe(status);
		expectBaseHeaders(res, where);
	}
	// Files of the build stay cached for long; the headers do not change that.
	expect((await anonymous.get(asset)).headers()['cache-control']).toContain('immutable');
	await anonymous.dispose();
	await ouder.dispose();
});
