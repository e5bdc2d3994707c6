import { test, expect, apiAs, testIp, ids } from './fixtures';

const MESSAGE_WRONG = 'Dit klopt niet. Kijk je gebruikersnaam en wachtwoord nog eens na.';

async function postLogin(api: Awaited<ReturnType<typeof apiAs>>, baseURL: string, username: string, password: string) {
	const res = await api.post('/inloggen', {
		form: { gebruikersnaam: username, wachtwoord: password },
		headers: { origin: baseURL }
	});
	return { status: res.status(), text: await res.text() };
}

test('a wrong password and an unknown name get the same message', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	const wrongPassword = await postLogin(api, baseURL!, 'oma', 'niet haar wachtwoord');
	const unknownName = await postLogin(api, baseURL!, `niemand-${Date.now()}`, 'niet haar wachtwoord');
	expect(wrongPassword.status).toBe(400);
	expect(unknownName.status).toBe(400);
	expect(wrongPassword.text).toContain(MESSAGE_WRONG);
	expect(unknownName.text).toContain(MESSAGE_WRONG);
	await api.dispose();
});

test('many failed logins from one address slow that address down, not others', async ({ baseURL }) => {
	const ip = testIp();
	const attacker = await apiAs(baseURL!, null, ip);
	const statuses: number[] = [];
	for (let i = 0; i < 22; i++) {
		// Different names each time, so only the per-address limit can trigger.
		statuses.push((await postLogin(attacker, baseURL!, `raden-${i}-${Date.now()}`, 'gok')).status);
	}
	expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
	const blocked = await postLogin(attacker, baseURL!, 'jongere', 'demo-aan-tafel');
	expect(blocked.status).toBe(429);
	expect(blocked.text).toMatch(/Te veel pogingen. Probeer het over \d+ seconden opnieuw./);

	// Someone on another address logs in as usual.
	const other = await apiAs(baseURL!, null);
	expect((await postLogin(other, baseURL!, 'jongere', 'demo-aan-tafel')).status).toBe(303);
	await attacker.dispose();
	await other.dispose();
});

test('an office is not locked out: past the address limit a known device with the right password still logs in', async ({
	baseURL
}) => {
	const office = testIp();
	// Trainer logged in on this laptop before, from the office.
	const laptop = await apiAs(baseURL!, 'trainer', office);
	expect((await laptop.post('/uitloggen', { form: {}, headers: { origin: baseURL! } })).status()).toBe(303);

	// Someone at the same address guesses, well past the free attempts (a wait of minutes).
	const guesser = await apiAs(baseURL!, null, office);
	for (let i = 0; i < 28; i++) await postLogin(guesser, baseURL!, `kantoor-${i}-${Date.now()}`, 'gok');
	expect((await postLogin(guesser, baseURL!, 'collega', 'demo-aan-tafel')).status).toBe(429);

	// Her laptop gets in, and again, as often as she logs in.
	for (let i = 0; i < 3; i++) {
		expect((await postLogin(laptop, baseURL!, 'trainer', 'demo-aan-tafel')).status, `login ${i + 1}`).toBe(303);
		expect((await laptop.post('/uitloggen', { form: {}, headers: { origin: baseURL! } })).status()).toBe(303);
	}
	// Her logins did not lift the block for the one who guessed.
	const stillBlocked = await postLogin(guesser, baseURL!, 'collega', 'demo-aan-tafel');
	expect(stillBlocked.status).toBe(429);
	expect(stillBlocked.text).toContain('Te veel pogingen');
	await laptop.dispose();
	await guesser.dispose();
});

test('many failed logins for one name slow that name down, from any address', async ({ baseURL }) => {
	const name = `doelwit-${Date.now()}`;
	for (let i = 0; i < 6; i++) {
		const api = await apiAs(baseURL!, null);
		expect((await postLogin(api, baseURL!, name, `gok-${i}`)).status).toBe(400);
		await api.dispose();
	}
	const fresh = await apiAs(baseURL!, null);
	const res = await postLogin(fresh, baseURL!, name, 'nog een gok');
	expect(res.status).toBe(429);
	expect(res.text).toContain('Te veel pogingen');
	// The limit is on that name only.
	expect((await postLogin(fresh, baseURL!, 'jongere', 'demo-aan-tafel')).status).toBe(303);
	await fresh.dispose();
});

test('guessing invitation and password links is slowed down', async ({ baseURL }) => {
	const api = await apiAs(baseURL!, null);
	for (let i = 0; i < 10; i++) {
		const res = await api.get(`/uitnodiging/geraden${i}`);
		expect(res.status()).toBe(200);
		expect(await res.text()).toContain('Deze uitnodiging werkt niet meer.');
	}
	await api.get('/wachtwoord/geraden');
	const blocked = await api.get('/uitnodiging/nog-een');
	expect(await blocked.text()).toContain('Te veel pogingen');
	const post = await api.post('/uitnodiging/nog-een?/nieuw', {
		form: { naam: 'x', gebruikersnaam: 'raden', wachtwoord: 'een lang wachtwoord' },
		headers: { origin: baseURL! }
	});
	expect(post.status()).toBe(429);
	await api.dispose();
});

test('the owner is not locked out: a browser that logged in before skips the per-name delay', async ({ baseURL }) => {
	// A fresh account, made through an invitation, so no other test depends on its name.
	const ouder = await apiAs(baseURL!, 'ouder');
	const made = await ouder.post(`/gezinnen/${ids().deBoer}/toegang?/toevoegen`, {
		form: { soort: 'netwerk', relatie: 'vriendin', naam: '' },
		headers: { origin: baseURL! }
	});
	const token = /\/uitnodiging\/([a-z0-9]+)/.exec(await made.text())?.[1] ?? '';
	expect(token).toMatch(/^[a-z0-9]{20,}$/);
	await ouder.dispose();

	const username = `vriendin-${Date.now().toString(36)}`;
	const owner = await apiAs(baseURL!, null);
	const created = await owner.post(`/uitnodiging/${token}?/nieuw`, {
		form: { naam: 'Vriendin', gebruikersnaam: username, wachtwoord: 'thee in de tuin' },
		headers: { origin: baseURL! }
	});
	expect(created.status()).toBe(303);
	expect((await owner.post('/uitloggen', { form: {}, headers: { origin: baseURL! } })).status()).toBe(303);

	// Someone hammers her name from several addresses.
	for (let i = 0; i < 7; i++) {
		const attacker = await apiAs(baseURL!, null);
		await postLogin(attacker, baseURL!, username, `gok-${i}`);
		await attacker.dispose();
	}
	const stranger = await apiAs(baseURL!, null);
	expect((await postLogin(stranger, baseURL!, username, 'thee in de tuin')).status).toBe(429);
	await stranger.dispose();

	// On her own phone she logs in as usual.
	expect((await postLogin(owner, baseURL!, username, 'thee in de tuin')).status).toBe(303);
	await owner.dispose();
});
