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
