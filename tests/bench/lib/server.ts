/**
 * Starts the production server (`server/index.js` on the build) as a child process on a fresh demo database in a
 * temporary directory, on loopback only, and stops it again (also on errors, Ctrl-C and SIGTERM).
 * A `prepare` hook may add data to the database before the server opens it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDemoDatabase } from '../../../src/cli/seed-demo';
import { closeDatabase, openDatabase, useDatabase, type DatabaseHandle } from '../../../src/lib/server/db';
import type { DemoIds } from '../../../src/lib/server/db/seed';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const DEMO_PASSWORD = 'demo-aan-tafel';

/** The server listens on this address only; requests go here too. */
const HOST = '127.0.0.1';
const READY_PATH = '/basis';
const READY_TIMEOUT_MS = 60_000;

export interface BenchServer {
	/** Where requests go: http://127.0.0.1:PORT (IPv4 loopback, so `localhost` → ::1 cannot surprise us). */
	baseUrl: string;
	/** The app's ORIGIN, http://localhost:PORT; sent as Origin on form posts. */
	origin: string;
	port: number;
	databasePath: string;
	ids: DemoIds;
	/** What this server serves, for messages: `options.label` or "demo". */
	label: string;
	/** GET with optional session cookie; no redirects followed. */
	get(path: string, cookie?: string): Promise<Response>;
	/** Logs in through the real form and returns the `Cookie` header value for the session. */
	login(username: string, password?: string): Promise<string>;
	stop(): Promise<void>;
}

export interface StartOptions {
	/** First port to try; the next free one from here is used. Default BENCH_PORT or 4300. */
	port?: number;
	/** Extra environment for the server process. */
	env?: Record<string, string>;
	/**
	 * Runs on the freshly seeded demo database before the server starts, with the handle also set
	 * as the process-wide database (`useDatabase`), so the app's data layer writes to it.
	 */
	prepare?: Prepare;
	/** Shown in messages about this server, e.g. "10,000 gezinnen". */
	label?: string;
}

export type Prepare = (handle: DatabaseHandle, ids: DemoIds) => void | Promise<void>;

/** Opens the database at `path`, runs `prepare` on it, and closes it again (checkpointing the WAL). */
export async function prepareDatabase(path: string, ids: DemoIds, prepare: Prepare): Promise<void> {
	const handle = openDatabase(path);
	useDatabase(handle);
	try {
		await prepare(handle, ids);
	} finally {
		closeDatabase();
	}
}

const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let exitHooksInstalled = false;

/** Last resort: never leave a server or a temp database behind, whatever way this process ends. */
function installExitHooks(): void {
	if (exitHooksInstalled) return;
	exitHooksInstalled = true;
	process.on('exit', () => {
		for (const child of running) child.kill('SIGKILL');
		for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
	});
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			console.error(`\n${signal}: stopping the benchmark server.`);
			process.exit(130);
		});
	}
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => done(false));
		probe.listen(port, HOST, () => probe.close(() => done(true)));
	});
}

async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) {
		if (await portIsFree(port)) return port;
	}
	throw new Error(`No free port in ${from}–${from + 99}.`);
}

function sleep(ms: number): Promise<void> {
	return new Promise((done) => setTimeout(done, ms));
}

export async function startServer(options: StartOptions = {}): Promise<BenchServer> {
	const entry = join(PROJECT_ROOT, 'server', 'index.js');
	const built = join(PROJECT_ROOT, 'build', 'index.js');
	if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
	installExitHooks();

	const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-bench-'));
	tempDirs.add(dir);
	const databasePath = join(dir, 'demo.db');
	let ids: DemoIds;
	try {
		ids = await freshDemoDatabase(databasePath);
		if (options.prepare) await prepareDatabase(databasePath, ids, options.prepare);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
		throw error;
	}

	const port = await freePort(options.port ?? (Number(process.env.BENCH_PORT) || 4300));
	const origin = `http://localhost:${port}`;
	const baseUrl = `http://${HOST}:${port}`;

	const child = spawn(process.execPath, [entry], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST,
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_PATH: databasePath,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.add(child);

	// Keep the tail of the server's output to explain a failure.
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-8000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let exited: string | null = null;
	const exitedPromise = new Promise<void>((done) => {
		child.once('exit', (code, signal) => {
			exited = signal ? `signal ${signal}` : `code ${code}`;
			running.delete(child);
			done();
		});
	});

	const stop = async () => {
		if (exited === null) {
			child.kill('SIGTERM');
			const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exitedPromise;
			clearTimeout(killer);
		}
		rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	};

	const get = (path: string, cookie?: string) =>
		fetch(baseUrl + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });

	try {
		const deadline = Date.now() + READY_TIMEOUT_MS;
		for (;;) {
			if (exited !== null) throw new Error(`The server stopped during start-up (${exited}).`);
			const status = await get(READY_PATH)
				.then(async (res) => {
					await res.arrayBuffer();
					return res.status;
				})
				.catch(() => 0);
			if (status === 200) break;
			if (Date.now() > deadline)
				throw new Error(
					`GET ${READY_PATH} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last status ${status || 'no answer'}).`
				);
			await sleep(100);
		}
	} catch (error) {
		await stop();
		throw new Error(`${error instanceof Error ? error.message : error}\n--- server output ---\n${output}`, {
			cause: error
		});
	}

	const login = async (username: string, password = DEMO_PASSWORD) => {
		const res = await fetch(`${baseUrl}/inloggen`, {
			method: 'POST',
			redirect: 'manual',
			// `accept: text/html`: with fetch's default `*/*` SvelteKit answers the action as JSON (200), not 303.
			headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ gebruikersnaam: username, wachtwoord: password })
		});
		await res.arrayBuffer();
		const session = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith('aan-tafel-sessie='));
		if (res.status !== 303 || !session) {
			throw new Error(
				`Login as ${username} failed: status ${res.status} (expected 303), session cookie ${session ? 'set' : 'missing'}.`
			);
		}
		return session;
	};

	return { baseUrl, origin, port, databasePath, ids, label: options.label ?? 'demo', get, login, stop };
}
