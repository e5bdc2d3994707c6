import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, getHandle } from '$lib/server/db';
import { createGezin } from '$lib/server/gezinnen';
import { acceptInvite, createInvite } from '$lib/server/invites';
import {
	createSession,
	invalidateAllSessions,
	invalidateOwnSession,
	invalidateSession,
	loadAccount,
	type ActiveSession
} from '$lib/server/auth/session';
import { follow, resetLiveAudit, type LiveSoort } from '$lib/server/live';
import { MAX_STREAMS_PER_ACCOUNT, MAX_STREAMS_PER_SESSION, openStreamCount } from '$lib/server/live-streams';
import { groeiplanTopic, publish, tijdlijnTopic } from '$lib/server/realtime';
import { can } from '$lib/server/access';
import type { MemberRole } from '$lib/server/db/schema';
import { freshDatabase, makeAccount } from './helpers';

let prof: string;
let sanne: string;
let oma: string;
let gezinId: string;
const aborts: AbortController[] = [];

function join(role: MemberRole, name: string): string {
	const id = makeAccount(name, role === 'professional' ? ['professional'] : []);
	const inv = createInvite({
		gezinId,
		role,
		gezinsrol: role === 'gezin' ? 'ouder' : null,
		relatie: name,
		naam: name,
		createdBy: role === 'gezin' ? prof : sanne
	});
	expect(acceptInvite(inv.id, id)).toMatchObject({ ok: true, status: 'actief' });
	return id;
}

const login = (accountId: string) => createSession(accountId, 'family', 'test').session;

/** Opens a live stream as the route does, for this session: the response and a reader of its text. */
function open(session: ActiveSession, soort: LiveSoort = 'tijdlijn') {
	const account = loadAccount(session.accountId)!;
	const abort = new AbortController();
	aborts.push(abort);
	const actor = { id: account.id, roles: account.roles };
	const url = new URL(`http://localhost/gezinnen/${gezinId}/${soort}/live`);
	const response = follow(
		{
			locals: { account, session },
			url,
			getClientAddress: () => '127.0.0.1',
			request: new Request(url, { signal: abort.signal })
		} as unknown as Parameters<typeof follow>[0],
		{
			gezinId,
			actor,
			topic: soort === 'groeiplan' ? groeiplanTopic(gezinId) : tijdlijnTopic(gezinId),
			soort,
			recordId: gezinId,
			mayFollow: (facts) => can(actor, 'gezin.view', facts),
			presence: soort !== 'groeiplan'
		}
	);
	let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
	const decoder = new TextDecoder();
	let text = '';
	return {
		response,
		abort: () => abort.abort(),
		/** Reads until `until` holds for the text so far, or the stream ends; returns the text and whether it ended. */
		async read(until: (text: string) => boolean): Promise<{ text: string; ended: boolean }> {
			while (!until(text)) {
				reader ??= response.body!.getReader();
				const { value, done } = await reader.read();
				if (done) return { text, ended: true };
				text += decoder.decode(value);
			}
			return { text, ended: false };
		}
	};
}

const changes = (text: string) =>
	text
		.split('\n\n')
		.filter((block) => block.startsWith('event: change'))
		.map(
			(block) =>
				JSON.parse(
					block
						.split('\n')
						.find((l) => l.startsWith('data: '))!
						.slice(6)
				) as Record<string, unknown>
		);

beforeEach(() => {
	freshDatabase();
	resetLiveAudit();
	prof = makeAccount('Karin', ['professional']);
	gezinId = createGezin('Familie De Boer', prof, 'gezinscoach');
	sanne = join('gezin', 'Sanne');
	oma = join('netwerk', 'Ria');
});

afterEach(() => {
	for (const a of aborts.splice(0)) a.abort();
	closeDatabase();
});

describe('a live stream lasts as long as its session', () => {
	it('ends at once on logout, and only that session’s streams end', async () => {
		const s1 = login(oma);
		const s2 = login(oma);
		const a = open(s1);
		const b = open(s2);
		await a.read((t) => t.includes('verbonden'));
		invalidateSession(s1.id);
		expect((await a.read(() => false)).ended).toBe(true);
		publish(tijdlijnTopic(gezinId), { by: sanne });
		expect(changes((await b.read((t) => t.includes('event: change'))).text)).toEqual([{ eigen: false }]);
	});

	it('ends on "log out elsewhere" and after a new password (all sessions but this one), and on ending one’s own other session', async () => {
		const here = login(oma);
		const elsewhere = login(oma);
		const third = login(oma);
		const kept = open(here);
		const gone = open(elsewhere);
		const alsoGone = open(third);
		invalidateOwnSession(oma, third.id);
		expect((await alsoGone.read(() => false)).ended).toBe(true);
		invalidateAllSessions(oma, here.id);
		expect((await gone.read(() => false)).ended).toBe(true);
		publish(tijdlijnTopic(gezinId), { by: sanne });
		expect((await kept.read((t) => t.includes('event: change'))).ended).toBe(false);
		expect(openStreamCount(oma)).toBe(1);
	});

	it('a session that is gone however it went (expired, removed) ends the stream at the next event, before anything is sent', async () => {
		const s = login(oma);
		const stream = open(s);
		await stream.read((t) => t.includes('verbonden'));
		getHandle().sqlite.prepare('DELETE FROM session WHERE id = ?').run(s.id);
		publish(tijdlijnTopic(gezinId), { by: sanne });
		const { text, ended } = await stream.read(() => false);
		expect(ended).toBe(true);
		expect(text).not.toContain('event: change');
	});
});

describe('a change reaches only those who may see it, and says neither who nor when', () => {
	it('oma (network) hears nothing of an alleen-gezin item, but does of an iedereen one; Sanne hears both', async () => {
		const omaStream = open(login(oma), 'groeiplan');
		const sanneStream = open(login(sanne), 'groeiplan');
		publish(groeiplanTopic(gezinId), { by: sanne, zichtbaarheid: ['alleen-gezin'] });
		publish(groeiplanTopic(gezinId), { by: sanne, zichtbaarheid: ['gezin-en-professionals'] });
		// Oma's own change (a sentinel): had she been told of the hidden ones, they would come first.
		publish(groeiplanTopic(gezinId), { by: oma, zichtbaarheid: ['iedereen'] });
		expect(changes((await omaStream.read((t) => t.includes('"eigen":true'))).text)).toEqual([{ eigen: true }]);
		// A hidden item made visible: she is told (its visibility after the change counts too).
		publish(groeiplanTopic(gezinId), { by: sanne, zichtbaarheid: ['alleen-gezin', 'iedereen'] });
		expect(changes((await omaStream.read((t) => changes(t).length === 2)).text)).toEqual([
			{ eigen: true },
			{ eigen: false }
		]);
		expect(changes((await sanneStream.read((t) => changes(t).length === 4)).text)).toEqual([
			{ eigen: true },
			{ eigen: true },
			{ eigen: false },
			{ eigen: true }
		]);
	});
});

describe('how many streams one person may hold open', () => {
	it(`${MAX_STREAMS_PER_SESSION} per session and ${MAX_STREAMS_PER_ACCOUNT} per account; the next is refused with 429 in words; closing one makes room`, async () => {
		const sessions = [login(oma), login(oma), login(oma)];
		const first = Array.from({ length: MAX_STREAMS_PER_SESSION }, () => open(sessions[0]!));
		expect(first.every((s) => s.response.status === 200)).toBe(true);
		const overSession = open(sessions[0]!);
		expect(overSession.response.status).toBe(429);
		expect(await overSession.response.text()).toMatch(/tabbladen/);
		for (let i = 0; i < MAX_STREAMS_PER_ACCOUNT - MAX_STREAMS_PER_SESSION; i++)
			expect(open(sessions[1]!).response.status).toBe(200);
		expect(open(sessions[2]!).response.status).toBe(429);
		expect(openStreamCount(oma)).toBe(MAX_STREAMS_PER_ACCOUNT);
		// Another person is not held back by oma's streams.
		expect(open(login(sanne)).response.status).toBe(200);
		first[0]!.abort();
		expect((await first[0]!.read(() => false)).ended).toBe(true);
		expect(open(sessions[2]!).response.status).toBe(200);
	});
});

describe('opening a stream is kept in the audit log', () => {
	const rows = () =>
		getHandle()
			.sqlite.prepare("SELECT actor_id AS actor, detail FROM audit_log WHERE action = 'live.gevolgd' ORDER BY seq")
			.all();

	it('one row per stream opened, not one per reconnect of the same page in the same session', () => {
		const s = login(oma);
		open(s, 'tijdlijn');
		open(s, 'tijdlijn');
		open(s, 'groeiplan');
		open(login(sanne), 'tijdlijn');
		expect(rows()).toEqual([
			{ actor: oma, detail: 'tijdlijn' },
			{ actor: oma, detail: 'groeiplan' },
			{ actor: sanne, detail: 'tijdlijn' }
		]);
	});

	it('a refused stream is not logged as opened', () => {
		const s = login(oma);
		for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) open(s, 'groeiplan');
		resetLiveAudit();
		expect(open(s, 'groeiplan').response.status).toBe(429);
		expect(rows()).toHaveLength(1);
	});
});
