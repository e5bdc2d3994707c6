import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unsignedAuditHash, type AuditRow } from '$lib/server/audit';

const PROD_KEY = 'een-geheime-sleutel-alleen-voor-deze-test-0123456789';

function run(script: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, ...env },
		timeout: 60_000
	});
	return { status: result.status, out: result.stdout + result.stderr };
}

// Each test starts a few tsx processes, which takes seconds on a busy machine.
describe('command-line tools', { timeout: 120_000 }, () => {
	it('npm run beheerder creates the first beheerder and prints a one-time password link', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		const db = join(dir, 'prod.db');
		try {
			const noKey = run('src/cli/beheerder.ts', ['Eerste.Beheerder'], {
				DATABASE_PATH: db,
				NODE_ENV: 'production',
				AUDIT_KEY: ''
			});
			expect(noKey.status).toBe(1);
			expect(noKey.out).toContain('AUDIT_KEY is not set');
			expect(existsSync(db)).toBe(false);

			const first = run('src/cli/beheerder.ts', ['Eerste.Beheerder'], {
				DATABASE_PATH: db,
				ORIGIN: 'https://aantafel.example.nl',
				NODE_ENV: 'production',
				AUDIT_KEY: PROD_KEY
			});
			expect(first.status).toBe(0);
			expect(first.out).toMatch(/https:\/\/aantafel\.example\.nl\/wachtwoord\/[a-z0-9]{20,}/);

			const sqlite = new Database(db, { readonly: true });
			const account = sqlite
				.prepare("SELECT id, password_hash FROM account WHERE username = 'eerste.beheerder'")
				.get() as { id: string; password_hash: string | null };
			expect(account.password_hash).toBeNull();
			expect(sqlite.prepare('SELECT role FROM account_role WHERE account_id = ?').all(account.id)).toEqual([
				{ role: 'beheerder' }
			]);
			expect(
				sqlite
					.prepare('SELECT count(*) AS n FROM password_link WHERE account_id = ? AND used_at IS NULL')
					.get(account.id)
			).toEqual({ n: 1 });
			sqlite.close();

			const bad = run('src/cli/beheerder.ts', ['x'], { DATABASE_PATH: db });
			expect(bad.status).toBe(1);
			expect(bad.out).toContain('Gebruik: npm run beheerder -- <gebruikersnaam>');

			// The production log is signed with its own key: the verifier needs it, the dev key fails.
			expect(run('src/cli/audit-verify.ts', [db], { NODE_ENV: 'production', AUDIT_KEY: PROD_KEY })).toMatchObject({
				status: 0
			});
			const devKey = run('src/cli/audit-verify.ts', [db], { AUDIT_KEY: '' });
			expect(devKey.status).toBe(1);
			expect(devKey.out).toMatch(/BROKEN at row 1: .*signature/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('npm run beheerder refuses a family account: no role, no password link', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		const db = join(dir, 'demo.db');
		try {
			expect(run('src/cli/seed-demo.ts', [db], {}).status).toBe(0);
			const refused = run('src/cli/beheerder.ts', ['ouder'], { DATABASE_PATH: db });
			expect(refused.status).toBe(1);
			expect(refused.out).toContain('"ouder" is gezin of netwerk bij een gezin.');
			expect(refused.out).not.toMatch(/\/wachtwoord\//);
			const sqlite = new Database(db, { readonly: true });
			const id = (sqlite.prepare("SELECT id FROM account WHERE username = 'ouder'").get() as { id: string }).id;
			expect(sqlite.prepare('SELECT role FROM account_role WHERE account_id = ?').all(id)).toEqual([]);
			expect(sqlite.prepare('SELECT count(*) AS n FROM password_link WHERE account_id = ?').get(id)).toEqual({ n: 0 });
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);

	it('npm run audit:verify passes an intact log and fails a tampered one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		const db = join(dir, 'demo.db');
		try {
			expect(run('src/cli/seed-demo.ts', [db], {}).status).toBe(0);
			const ok = run('src/cli/audit-verify.ts', [db], {});
			expect(ok.status).toBe(0);
			expect(ok.out).toMatch(
				/intact: \d+ rows checked with the public dev key .*, \d+ checkpoints in .*demo\.db\.checkpoints match/
			);

			const sqlite = new Database(db);
			sqlite.exec('DROP TRIGGER audit_log_no_update');
			sqlite.prepare("UPDATE audit_log SET actor_name = 'iemand anders' WHERE seq = 3").run();
			sqlite.close();
			const broken = run('src/cli/audit-verify.ts', [db], {});
			expect(broken.status).toBe(1);
			expect(broken.out).toContain('BROKEN at row 3');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('npm run audit:verify fails a row rewritten with every hash recomputed', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		const db = join(dir, 'demo.db');
		try {
			expect(run('src/cli/seed-demo.ts', [db], {}).status).toBe(0);
			const sqlite = new Database(db);
			sqlite.exec('DROP TRIGGER audit_log_no_update');
			sqlite.prepare("UPDATE audit_log SET detail = 'niets' WHERE seq = 3").run();
			// What an attacker with the database could do before signing: recompute the whole chain.
			let prev = (sqlite.prepare('SELECT hash FROM audit_log WHERE seq = 2').pluck().get() as string) ?? '';
			for (const row of sqlite.prepare('SELECT * FROM audit_log WHERE seq >= 3 ORDER BY seq').all() as AuditRow[]) {
				const hash = unsignedAuditHash({ ...row, prev_hash: prev });
				sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
				prev = hash;
			}
			sqlite.close();
			const broken = run('src/cli/audit-verify.ts', [db], {});
			expect(broken.status).toBe(1);
			expect(broken.out).toMatch(/BROKEN at row 3: row content does not match its signature/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('npm run audit:verify fails when the newest rows are deleted, or the checkpoints are gone', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		const db = join(dir, 'demo.db');
		try {
			expect(run('src/cli/seed-demo.ts', [db], {}).status).toBe(0);
			const sqlite = new Database(db);
			const newest = sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
			sqlite.exec('DROP TRIGGER audit_log_no_delete');
			sqlite.prepare('DELETE FROM audit_log WHERE seq > ?').run(newest - 5);
			sqlite.close();
			const cut = run('src/cli/audit-verify.ts', [db], {});
			expect(cut.status).toBe(1);
			expect(cut.out).toContain(`the log ends at row ${newest - 5}`);
			expect(cut.out).toMatch(/saw row \d+: the newest rows were removed/);

			rmSync(`${db}.checkpoints`);
			const gone = run('src/cli/audit-verify.ts', [db], {});
			expect(gone.status).toBe(1);
			expect(gone.out).toContain('there is no checkpoint file');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('demo data is never created when NODE_ENV=production', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aan-tafel-cli-'));
		try {
			const seeded = run('src/cli/seed-demo.ts', [join(dir, 'demo.db')], {
				NODE_ENV: 'production',
				AUDIT_KEY: PROD_KEY
			});
			expect(seeded.status).toBe(1);
			expect(seeded.out).toContain('never created when NODE_ENV=production');
			const demo = run('src/cli/demo.ts', ['--no-build'], {
				NODE_ENV: 'production',
				AUDIT_KEY: PROD_KEY,
				DATABASE_PATH: join(dir, 'x.db')
			});
			expect(demo.status).toBe(1);
			const sqlite = new Database(join(dir, 'demo.db'), { readonly: true });
			expect(sqlite.prepare('SELECT count(*) AS n FROM account').get()).toEqual({ n: 0 });
			sqlite.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
