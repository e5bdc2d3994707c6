/** Runtime settings, read from the environment with safe defaults. */

function number(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
	return value;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const sessionPolicy = {
	/** Accounts with a global role (professional, beheerder, trainer, …): shared or work devices. */
	professional: {
		idleMs: () => number('SESSION_PROFESSIONAL_IDLE_MINUTES', 60) * MINUTE,
		maxMs: () => number('SESSION_PROFESSIONAL_MAX_HOURS', 12) * HOUR
	},
	/** Family and network, usually on their own phone: a login they cannot get wrong. */
	family: {
		idleMs: () => number('SESSION_FAMILY_IDLE_DAYS', 14) * DAY,
		maxMs: () => number('SESSION_FAMILY_MAX_DAYS', 60) * DAY
	}
};

export const INVITE_LIFETIME_MS = 7 * DAY;
export const PASSWORD_LINK_LIFETIME_MS = 3 * DAY;

export function isDemoAllowed(): boolean {
	return process.env.NODE_ENV !== 'production';
}

/**
 * The fixed key that signs the audit log outside production (dev, demo, tests). It is public on
 * purpose: demo databases are thrown away and rebuilt, and tests and `npm run audit:verify` must
 * agree on it without any set-up. A generated key in data/ would protect nothing more, since it
 * would sit next to the database it is meant to guard.
 */
export const DEV_AUDIT_KEY = 'aan-tafel-dev-audit-key-not-secret-never-use-in-production';

export const AUDIT_KEY_MIN_BYTES = 32;

/**
 * The secret that signs the audit log (HMAC-SHA256): `AUDIT_KEY`, at least 32 bytes, never stored
 * in the database. In production (NODE_ENV=production) a missing, short or dev key is refused, so
 * the app does not start; elsewhere the dev key stands in.
 */
export function auditKey(): Uint8Array {
	const raw = process.env.AUDIT_KEY ?? '';
	const production = process.env.NODE_ENV === 'production';
	if (raw === '') {
		if (production)
			throw new Error(
				'AUDIT_KEY is not set: it signs the audit log and is required when NODE_ENV=production (at least 32 bytes, e.g. `openssl rand -hex 32`).'
			);
		return new TextEncoder().encode(DEV_AUDIT_KEY);
	}
	const key = new TextEncoder().encode(raw);
	if (key.length < AUDIT_KEY_MIN_BYTES)
		throw new Error(`AUDIT_KEY must be at least ${AUDIT_KEY_MIN_BYTES} bytes, got ${key.length}.`);
	if (production && raw === DEV_AUDIT_KEY)
		throw new Error('AUDIT_KEY is the public dev key, which is refused when NODE_ENV=production.');
	return key;
}

/** Where the signed checkpoints of the audit log go: `AUDIT_CHECKPOINT_PATH`, else next to the database. */
export function auditCheckpointPath(databasePath: string): string {
	return process.env.AUDIT_CHECKPOINT_PATH || `${databasePath}.checkpoints`;
}

/** A signed checkpoint after every this many audit rows (`AUDIT_CHECKPOINT_EVERY`), besides start and stop. */
export function auditCheckpointEvery(): number {
	return Math.floor(number('AUDIT_CHECKPOINT_EVERY', 20));
}
