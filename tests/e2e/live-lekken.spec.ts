import { test, expect, apiAs, ids } from './fixtures';
import type { APIRequestContext } from '@playwright/test';

/**
 * Issue 11 ("Lekken dicht"), the live streams: a stream ends with its session (logout, ended from
 * another device; "all other sessions" is in the unit tests, as it would end parallel tests' sessions); oma (network) is told nothing of a change to an item she may not see, and of one she
 * may see only that something changed (not who, not when); one account holds at most 12 streams.
 * Streams are read as an attacker would, with fetch; every test makes its own moments.
 */
test.describe.configure({ mode: 'parallel' });

const Y = new Date().getUTCFullYear();
const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e5)}`;
const tl = (gezin = ids().deBoer) => `/gezinnen/${gezin}/tijdlijn`;

async function cookieOf(api: APIRequestContext): Promise<string> {
	return (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** A live stream as `api`'s session, read chunk by chunk. */
async function stream(api: APIRequestContext, baseURL: string, path: string) {
	const abort = new AbortController();
	const res = await fetch(new URL(path, baseURL), { headers: { cookie: await cookieOf(api) }, signal: abort.signal });
	const reader = res.status === 200 ? res.body!.getReader() : undefined;
	const decoder = new TextDecoder();
	let text = '';
	return {
		res,
		abort: () => abort.abort(),
		/** Reads until `until` holds, or the stream ends (the test's own timeout is the only limit). */
		async read(until: (text: string) => boolean): Promise<{ text: string; ended: boolean }> {
			while (!until(text)) {
				const { value, done } = await reader!.read();
				if (done) return { text, ended: true };
				text += decoder.decode(value);
			}
			return { text, ended: false };
		}
	};
}

const changeData = (text: string) => [...text.matchAll(/event: change\ndata: (.*)\n/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

async function addMoment(api: APIRequestContext, baseURL: string, titel: string, zichtbaarheid: string): Promise<string> {
	const form = { titel, vanJaar: String(Y), vanMaand: '', vanDag: '', baan: 'gezin', moment: 'gewoon', zichtbaarheid, verhaal: '', verhaalVan: '' };
	const res = await api.post(`${tl()}?/toevoegen`, { form, headers: { origin: baseURL } });
	expect(res.status(), `add “${titel}”`).toBe(200);
	const match = new RegExp(`/gezinnen/${ids().deBoer}/tijdlijn/([a-z0-9]+)"[^>]*>(?:\\s|<!--[^>]*-->)*${titel}`).exec(await res.text());
	expect(match, `id of “${titel}”`).not.toBeNull();
	return match![1]!;
}

test('after logout the stream ends; when a session is ended from another device, its stream ends too', async ({ baseURL }) => {
	const oma = await apiAs(baseURL!, 'oma');
	const live = await stream(oma, baseURL!, `${tl()}/live`);
	expect(live.res.status).toBe(200);
	await live.read((t) => t.includes('verbonden'));
	expect((await oma.post('/uitloggen', { form: {}, headers: { origin: baseURL! } })).status()).toBe(303);
	expect((await live.read(() => false)).ended).toBe(true);
	// The same cookie gets no new stream.
	expect((await fetch(new URL(`${tl()}/live`, baseURL), { headers: { cookie: await cookieOf(oma) }, redirect: 'manual' })).status).not.toBe(200);

	const here = await apiAs(baseURL!, 'oma');
	const elsewhere = await apiAs(baseURL!, 'oma');
	const other = await stream(elsewhere, baseURL!, `${tl()}/live`);
	await other.read((t) => t.includes('verbonden'));
	// Ended from the other device, by its own session list (not "all others": parallel tests use oma too).
	const sessie = (await elsewhere.storageState()).cookies.find((c) => c.name.endsWith('aan-tafel-sessie'))!.value.split('.')[0]!;
	const ended = await here.post('/account?/sessieBeeindigen', { form: { sessie }, headers: { origin: baseURL! } });
	expect(ended.status()).toBe(200);
	expect((await other.read(() => false)).ended).toBe(true);
	for (const c of [oma, here, elsewhere]) await c.dispose();
});

test('oma’s stream says nothing when Sanne changes an alleen-gezin moment, and only “something changed” for an iedereen one', async ({ baseURL }) => {
	const oma = await apiAs(baseURL!, 'oma');
	const sanne = await apiAs(baseURL!, 'ouder');
	const open = await addMoment(sanne, baseURL!, unique('Samen naar de markt'), 'iedereen');
	const live = await stream(oma, baseURL!, `${tl()}/live`);
	await live.read((t) => t.includes('verbonden'));

	const secret = unique('Alleen voor ons');
	const hidden = await addMoment(sanne, baseURL!, secret, 'alleen-gezin');
	// Oma's own side to the open moment comes after it: had she been told of the hidden one, it would come first.
	const kant = await oma.post(`${tl()}/${open}?/kant`, { form: { tekst: unique('Ik was erbij') }, headers: { origin: baseURL! } });
	expect(kant.status()).toBe(200);
	let { text } = await live.read((t) => t.includes('"eigen":true'));
	expect(changeData(text)).toEqual([{ eigen: true }]);

	await addMoment(sanne, baseURL!, unique('Voor iedereen'), 'iedereen');
	const after = await live.read((t) => changeData(t).length === 2);
	text = after.text;
	expect(after.ended, text).toBe(false);
	live.abort();
	expect(changeData(text)).toEqual([{ eigen: true }, { eigen: false }]);
	for (const leak of [secret, hidden, ids().accounts.ouder, 'alleen-gezin']) expect(text).not.toContain(leak);
	for (const c of [oma, sanne]) await c.dispose();
});

test('one account holds at most 12 live streams (6 per session): the 13th is refused with 429 and a reason', async ({ baseURL }) => {
	// Ayse (collega) and her own gezin Yilmaz: no other test follows it live.
	const sessions = [await apiAs(baseURL!, 'collega'), await apiAs(baseURL!, 'collega'), await apiAs(baseURL!, 'collega')];
	const path = `${tl(ids().yilmaz)}/live`;
	const first = [];
	for (let i = 0; i < 6; i++) first.push(await stream(sessions[0]!, baseURL!, path));
	expect(first.map((s) => s.res.status)).toEqual([200, 200, 200, 200, 200, 200]);
	const seventh = await stream(sessions[0]!, baseURL!, path);
	expect(seventh.res.status).toBe(429);
	expect(await seventh.res.text()).toContain('Sluit eerst een paar tabbladen');
	const second = [];
	for (let i = 0; i < 6; i++) second.push(await stream(sessions[1]!, baseURL!, path));
	expect(second.map((s) => s.res.status)).toEqual([200, 200, 200, 200, 200, 200]);
	const thirteenth = await stream(sessions[2]!, baseURL!, path);
	expect(thirteenth.res.status).toBe(429);
	// Closing one makes room again.
	first[0]!.abort();
	await expect.poll(async () => {
		const next = await stream(sessions[2]!, baseURL!, path);
		next.abort();
		return next.res.status;
	}).toBe(200);
	for (const s of [...first, ...second]) s.abort();
	for (const c of sessions) await c.dispose();
});
