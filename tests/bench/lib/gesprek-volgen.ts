/**
 * Follow the facilitator (issue 6): how long after the facilitator moves everyone to the next
 * agenda item the followers' live streams have the event, measured on loopback.
 *
 * One server, the demo's planned gesprek of De Boer, started by the facilitator (Karin, wijkteam)
 * through the real form action (?/begin). Then `followers` Server-Sent Events streams on
 * /gezinnen/<gezin>/gesprekken/<gesprek>/live, each its own TCP connection (http.get without an
 * agent), logged in alternately as the given accounts. Once every stream answered
 * (`retry: 3000` / `: verbonden`) and the presence events of all those joins have died down, the
 * facilitator moves `warmup` + `moves` times between the first two agenda items with the form
 * action ?/puntKiezen (as the page's own form does with JavaScript: `x-sveltekit-action`, JSON back).
 *
 * Per move: t0 = performance.now() just before the POST; per stream the time its next `change`
 * event arrives (the moment its chunk reaches this process, before parsing), minus t0. Only a
 * `change` from the facilitator published at or after the POST counts (its `at` ≥ the wall clock
 * just before the POST; server and bench share the clock); `presence` events and heartbeats are
 * not the move. The next move waits until all streams have it (or `timeoutMs`: the missing ones are
 * misses) and the POST has answered, then `pauseMs`. The warm-up moves are not counted.
 *
 * The bench itself is one Node process reading all streams: a chunk that arrives while it is busy
 * with another is timed when it gets its turn, so "until all" includes our own reading. The server
 * sends to its streams one by one in the request that made the move, asking each stream's access
 * check (two small queries) before it writes, and answers the POST only after that: with 50
 * streams the POST took 13–21 ms (p50) on 2 cores against 7–9 ms with one, and the first stream
 * had the event just after the POST's answer, the last 1–2 ms later.
 */
import { textColumns } from './report';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { listPunten } from '../../../src/lib/server/gesprek/gesprekken';
import { createAccount } from '../../../src/lib/server/accounts';
import { acceptInvite, createInvite } from '../../../src/lib/server/invites';
import { approveMembership } from '../../../src/lib/server/gezinnen';
import { percentile } from './browser';
import type { RunResult } from './scenario-kinds';
import type { ServerSpec } from './scenario';
import type { BenchServer } from './server';

export interface VolgenOptions {
	name: string;
	description: string;
	/** Open streams (followers), default 50. */
	followers: number;
	/** Counted moves, default 40. */
	moves: number;
	/** Moves before counting. */
	warmup: number;
	/** Usernames the streams log in as, in turn (one session per account, shared by its streams). */
	followerAccounts: string[];
	/** The facilitator, who moves everyone on. */
	leader: string;
	/** Per move: how long to wait for all streams before counting the rest as misses. */
	timeoutMs: number;
	/** Between moves, after all streams had it. */
	pauseMs: number;
}

/** The agenda items of each demo gesprek, read while its database is prepared (keyed by gesprek id). */
const puntenOf = new Map<string, string[]>();

/** The plain demo database; only notes the agenda items of the planned gesprek. */
/**
 * Extra members of De Boer (family, demo password) to follow with: one account may hold at most
 * 12 streams and one session 6, so 50 followers need more people than the demo has.
 */
export const VOLGERS = Array.from({ length: 8 }, (_, i) => `bench-volger-${i}`);

export const volgenServer: ServerSpec = {
	label: 'demo',
	prepare: (handle, ids) => {
		const punten = listPunten(ids.gesprek).map((p) => p.id);
		puntenOf.set(ids.gesprek, punten);
		console.log(`  De Boer's planned gesprek: ${punten.length} agenda items`);
		const { password_hash: passwordHash } = handle.sqlite
			.prepare('SELECT password_hash FROM account WHERE id = ?')
			.get(ids.accounts.ouder) as { password_hash: string };
		for (const username of VOLGERS) {
			const id = createAccount({ username, displayName: username, passwordHash, roles: [] });
			const invite = createInvite({
				gezinId: ids.deBoer,
				role: 'gezin',
				gezinsrol: 'ouder',
				relatie: 'familie',
				naam: username,
				createdBy: ids.accounts.wijkteam
			});
			const accepted = acceptInvite(invite.id, id);
			// The family says yes, as Sanne would.
			const approved =
				accepted.ok && accepted.status === 'wacht'
					? approveMembership(ids.deBoer, accepted.membershipId, ids.accounts.ouder)
					: accepted;
			if (!accepted.ok || !approved.ok)
				throw new Error(`${username} could not join De Boer: ${JSON.stringify({ accepted, approved })}.`);
		}
	}
};

interface SseEvent {
	event: string;
	data: string;
	/** performance.now() when the chunk holding its end arrived. */
	at: number;
}

/** One follower: an SSE stream on its own connection, parsed into events. */
class Stream {
	readonly req: ClientRequest;
	connected: Promise<void>;
	presence = 0;
	lastPresenceAt = 0;
	changes = 0;
	/** Called for every `change` event; set by the move being measured. */
	onChange: ((e: SseEvent) => void) | null = null;
	ended = false;
	#buffer = '';

	constructor(
		url: URL,
		cookie: string,
		readonly account: string
	) {
		let ready: () => void = () => {};
		let failed: (error: Error) => void = () => {};
		this.connected = new Promise<void>((resolve, reject) => {
			ready = resolve;
			failed = reject;
		});
		// No agent: a connection of its own, as every follower's browser has.
		this.req = request(
			url,
			{ agent: false, headers: { cookie, accept: 'text/event-stream' } },
			(res: IncomingMessage) => {
				if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/event-stream')) {
					res.resume();
					failed(
						new Error(
							`GET ${url.pathname} as ${account} answered ${res.statusCode} (${res.headers['content-type'] ?? 'no content type'}), expected a 200 event stream.`
						)
					);
					return;
				}
				res.setEncoding('utf8');
				let first = true;
				res.on('data', (chunk: string) => {
					const at = performance.now();
					if (first) {
						first = false;
						if (!chunk.startsWith('retry: 3000'))
							failed(
								new Error(
									`The stream as ${account} began with ${JSON.stringify(chunk.slice(0, 40))}, expected "retry: 3000".`
								)
							);
						else ready();
					}
					this.#read(chunk, at);
				});
				res.on('end', () => (this.ended = true));
				res.on('error', () => (this.ended = true));
			}
		);
		this.req.on('error', (error) => {
			this.ended = true;
			failed(error);
		});
		this.req.end();
	}

	#read(chunk: string, at: number): void {
		this.#buffer += chunk.replace(/\r\n?/g, '\n');
		let end: number;
		while ((end = this.#buffer.indexOf('\n\n')) >= 0) {
			const block = this.#buffer.slice(0, end);
			this.#buffer = this.#buffer.slice(end + 2);
			let event = 'message';
			const data: string[] = [];
			for (const line of block.split('\n')) {
				if (line.startsWith(':')) continue;
				const colon = line.indexOf(':');
				const field = colon < 0 ? line : line.slice(0, colon);
				const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
				if (field === 'event') event = value;
				else if (field === 'data') data.push(value);
			}
			if (!data.length) continue; // comments only (": verbonden", heartbeats) or just "retry"
			const e = { event, data: data.join('\n'), at };
			if (event === 'presence') {
				this.presence++;
				this.lastPresenceAt = at;
			} else if (event === 'change') {
				this.changes++;
				this.onChange?.(e);
			}
		}
	}

	close(): void {
		this.req.destroy();
	}
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

interface Summary {
	p50: number;
	p95: number;
	max: number;
	mean: number;
	n: number;
}

function summary(values: number[]): Summary {
	const finite = values.filter(Number.isFinite);
	return {
		p50: percentile(finite, 50),
		p95: percentile(finite, 95),
		max: finite.length ? Math.max(...finite) : NaN,
		mean: finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : NaN,
		n: finite.length
	};
}

interface Move {
	/** 0 or 1: which of the two agenda items. */
	punt: number;
	postMs: number;
	/** Per stream, ms after t0 (NaN: missed). */
	latencies: number[];
}

/** Form action POST as the page's own enhanced form sends it; answers the parsed JSON. */
async function action(
	server: BenchServer,
	path: string,
	cookie: string,
	fields: Record<string, string>
): Promise<{ type?: string; status?: number; location?: string }> {
	const res = await fetch(server.baseUrl + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			cookie,
			origin: server.origin,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields)
	});
	const text = await res.text();
	if (res.status !== 200) throw new Error(`POST ${path} answered ${res.status}: ${text.slice(0, 200)}`);
	return JSON.parse(text) as { type?: string; status?: number; location?: string };
}

export async function gesprekVolgen(
	server: BenchServer,
	options: VolgenOptions,
	log: (line: string) => void
): Promise<RunResult> {
	const { deBoer, gesprek } = server.ids;
	const leaderId = server.ids.accounts[options.leader as keyof typeof server.ids.accounts];
	if (!leaderId) throw new Error(`No demo account ${options.leader}.`);
	const punten = puntenOf.get(gesprek);
	if (!punten || punten.length < 2)
		throw new Error(`The demo gesprek needs at least two agenda items (has ${punten?.length ?? 'unknown'}).`);
	const base = `/gezinnen/${deBoer}/gesprekken/${gesprek}`;

	const leader = await server.login(options.leader);
	const begun = await action(server, `${base}?/begin`, leader, {});
	if (begun.type !== 'redirect' || !begun.location?.endsWith('/voeren'))
		throw new Error(`?/begin answered ${JSON.stringify(begun)}, expected a redirect to /voeren.`);
	log(
		`  ${options.leader} began the gesprek; ${options.followers} followers as ${options.followerAccounts.join(' and ')}`
	);

	const cookies = new Map<string, string>();
	for (const account of options.followerAccounts) cookies.set(account, await server.login(account));

	const streams: Stream[] = [];
	try {
		const opening = performance.now();
		const url = new URL(`${server.baseUrl}${base}/live`);
		for (let i = 0; i < options.followers; i++) {
			const account = options.followerAccounts[i % options.followerAccounts.length]!;
			streams.push(new Stream(url, cookies.get(account)!, account));
		}
		await Promise.all(streams.map((s) => s.connected));
		const connectedMs = performance.now() - opening;
		// Every join tells every open stream who is there: wait until that has died down.
		const quietMs = 300;
		const settleDeadline = performance.now() + 10_000;
		for (;;) {
			await sleep(50);
			const last = Math.max(...streams.map((s) => s.lastPresenceAt));
			if (performance.now() - last >= quietMs) break;
			if (performance.now() > settleDeadline) throw new Error('The presence events did not settle within 10 s.');
		}
		const presenceEvents = streams.reduce((sum, s) => sum + s.presence, 0);
		log(
			`  ${streams.length} streams open in ${connectedMs.toFixed(0)} ms; ${presenceEvents} presence events until quiet for ${quietMs} ms`
		);

		let stale = 0;
		const moveOnce = async (index: number): Promise<Move> => {
			const punt = (index + 1) % 2; // begin put everyone on the first item: go to the second first
			const latencies = streams.map(() => NaN);
			let waiting = streams.length;
			let allThere: () => void = () => {};
			const all = new Promise<void>((done) => (allThere = done));
			const t0 = performance.now();
			streams.forEach((s, i) => {
				s.onChange = (e) => {
					// A change says neither who nor when: the first one after the POST counts, any more are stale.
					let change: { eigen?: boolean };
					try {
						change = JSON.parse(e.data) as { eigen?: boolean };
					} catch {
						change = {};
					}
					if (change.eigen !== false || !Number.isNaN(latencies[i])) {
						stale++;
						return;
					}
					latencies[i] = e.at - t0;
					if (--waiting === 0) allThere();
				};
			});
			const posted = action(server, `${base}/voeren?/puntKiezen`, leader, { punt: punten[punt]! }).then((answer) => {
				const postMs = performance.now() - t0;
				if (answer.type !== 'success')
					throw new Error(`?/puntKiezen answered ${JSON.stringify(answer)}, expected success.`);
				return postMs;
			});
			posted.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([all, new Promise<void>((done) => (timer = setTimeout(done, options.timeoutMs)))]);
			clearTimeout(timer);
			const postMs = await posted;
			for (const s of streams) s.onChange = null;
			return { punt, postMs, latencies };
		};

		for (let i = 0; i < options.warmup; i++) {
			await moveOnce(i);
			await sleep(options.pauseMs);
		}
		const moves: Move[] = [];
		for (let i = 0; i < options.moves; i++) {
			const move = await moveOnce(options.warmup + i);
			moves.push(move);
			const got = move.latencies.filter(Number.isFinite);
			const missed = move.latencies.length - got.length;
			log(
				`  move ${String(i + 1).padStart(2)}/${options.moves} to item ${move.punt + 1}: POST ${move.postMs.toFixed(1)} ms, first ${Math.min(...got).toFixed(1)} ms, all ${missed ? `${missed} missed` : `${Math.max(...got).toFixed(1)} ms`}`
			);
			await sleep(options.pauseMs);
		}
		const ended = streams.filter((s) => s.ended).length;

		const perFollower = summary(moves.flatMap((m) => m.latencies));
		const untilAll = summary(
			moves.filter((m) => m.latencies.every(Number.isFinite)).map((m) => Math.max(...m.latencies))
		);
		const first = summary(moves.map((m) => Math.min(...m.latencies.filter(Number.isFinite))));
		const post = summary(moves.map((m) => m.postMs));
		const misses = moves.reduce((sum, m) => sum + m.latencies.filter((v) => !Number.isFinite(v)).length, 0);
		const movesWithMiss = moves.filter((m) => !m.latencies.every(Number.isFinite)).length;

		const table = renderTable(
			options,
			streams.length,
			{ perFollower, untilAll, first, post },
			{ misses, movesWithMiss, stale, ended, connectedMs, presenceEvents }
		);
		return {
			table,
			checks: [],
			data: {
				followers: streams.length,
				followerAccounts: options.followerAccounts,
				leader: options.leader,
				moves: options.moves,
				warmup: options.warmup,
				pauseMs: options.pauseMs,
				timeoutMs: options.timeoutMs,
				method:
					'per move t0 = performance.now() just before POST ?/puntKiezen (x-sveltekit-action); per stream (own TCP connection, http.get without agent) the arrival of the chunk holding its next change event from the leader published at or after the POST, minus t0; next move once all streams had it (or the timeout) and the POST answered, then the pause; warm-up moves not counted; p50/p95 nearest rank; ms',
				perFollowerMs: perFollower,
				untilAllMs: untilAll,
				firstFollowerMs: first,
				postMs: post,
				misses,
				movesWithMiss,
				staleChangeEvents: stale,
				streamsEnded: ended,
				connectMs: connectedMs,
				presenceEventsAtConnect: presenceEvents,
				perMove: moves.map((m) => ({
					punt: m.punt,
					postMs: round(m.postMs),
					firstMs: round(Math.min(...m.latencies.filter(Number.isFinite))),
					allMs: m.latencies.every(Number.isFinite) ? round(Math.max(...m.latencies)) : null,
					misses: m.latencies.filter((v) => !Number.isFinite(v)).length
				}))
			}
		};
	} finally {
		for (const s of streams) s.close();
	}
}

const round = (n: number) => Math.round(n * 100) / 100;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

function renderTable(
	options: VolgenOptions,
	followers: number,
	rows: { perFollower: Summary; untilAll: Summary; first: Summary; post: Summary },
	other: {
		misses: number;
		movesWithMiss: number;
		stale: number;
		ended: number;
		connectedMs: number;
		presenceEvents: number;
	}
): string {
	const header = ['', 'n', 'p50 ms', 'p95 ms', 'max ms', 'mean ms'];
	const cells = (label: string, x: Summary) => [label, String(x.n), ms(x.p50), ms(x.p95), ms(x.max), ms(x.mean)];
	const body = [
		cells('per follower (move × stream)', rows.perFollower),
		cells(`until all ${followers} had it (per move)`, rows.untilAll),
		cells('until the first had it (per move)', rows.first),
		cells('POST ?/puntKiezen round trip', rows.post)
	];
	const all = [header, ...body];
	const { line, rule } = textColumns(all);
	const total = options.moves * followers;
	return [
		`${options.name}: ${options.description}`,
		`${followers} followers (SSE streams, each its own connection, as ${options.followerAccounts.join(' / ')} in turn), ${options.moves} moves after ${options.warmup} warm-up moves between two agenda items, ${options.pauseMs} ms pause; loopback; ms from just before the POST; p50/p95 nearest rank`,
		rule,
		line(header),
		rule,
		...body.map(line),
		rule,
		`misses: ${other.misses} of ${total} (timeout ${options.timeoutMs / 1000} s; ${other.movesWithMiss} moves with a miss, left out of "until all"); other change events ignored: ${other.stale}; streams ended early: ${other.ended}`,
		`streams opened in ${other.connectedMs.toFixed(0)} ms, ${other.presenceEvents} presence events at connect (ignored); the bench reads all streams in one process, so "until all" includes its own reading`
	].join('\n');
}
