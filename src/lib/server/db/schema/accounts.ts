import { sqliteTable, text, integer, blob, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { organisatie } from './organisaties';
import { globalRoles } from '../../../domain';

export const account = sqliteTable('account', {
	id: text('id').primaryKey(),
	/** Stored lower-case; login is case-insensitive. */
	username: text('username').notNull().unique(),
	email: text('email').unique(),
	displayName: text('display_name').notNull(),
	/** Null until the owner has set a password through a one-time link. */
	passwordHash: text('password_hash'),
	organisatieId: text('organisatie_id').references(() => organisatie.id, { onDelete: 'set null' }),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export const accountRole = sqliteTable(
	'account_role',
	{
		accountId: text('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		role: text('role', { enum: globalRoles }).notNull()
	},
	(t) => [primaryKey({ columns: [t.accountId, t.role] })]
);

export const sessionKinds = ['professional', 'family'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const session = sqliteTable(
	'session',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		/** SHA-256 of the secret part of the token; the secret itself is never stored. */
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		kind: text('kind', { enum: sessionKinds }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastActiveAt: integer('last_active_at', { mode: 'timestamp_ms' }).notNull(),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('session_account_idx').on(t.accountId)]
);

/** One-time, expiring link with which an account sets its own password. */
export const passwordLink = sqliteTable(
	'password_link',
	{
		id: text('id').primaryKey(),
		tokenHash: blob('token_hash', { mode: 'buffer' }).notNull().unique(),
		accountId: text('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		createdBy: text('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('password_link_account_idx').on(t.accountId)]
);

/**
 * A browser in which this account logged in successfully before. Logins from a known device skip
 * the per-account delay, so an attacker who hammers a username cannot lock its owner out.
 */
export const knownDevice = sqliteTable(
	'known_device',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		tokenHash: blob('token_hash', { mode: 'buffer' }).notNull().unique(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('known_device_account_idx').on(t.accountId)]
);
