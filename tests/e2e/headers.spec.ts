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
	const res = await api.post('/inloggen', { form: { gebruikersnaam: 'ouder', wachtwoord: 'demo-aan-tafel' }, headers: { origin: 'http://evil.example' } });
	expect(res.status()).toBe(403);
	expect(res.headers()['set-cookie'] ?? '').not.toContain('aan-tafel-sessie=');
	await api.dispose();
});
