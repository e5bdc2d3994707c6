import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { account } from './accounts';
import { gezin } from './gezinnen';
import { betrokkeneSoorten, nabijheden, type SteunSoort } from '../../../domain';

/**
 * A betrokkene: a person around a gezin, with or without an account ("de buurvrouw" needs no
 * login to be on the card). The keukentafel, the netwerkkaart and the tipsheet all look at these
 * rows. `niet_veilig` (and its note) is for the family and professionals only.
 */
export const betrokkene = sqliteTable(
	'betrokkene',
	{
		id: text('id').primaryKey(),
		gezinId: text('gezin_id')
			.notNull()
			.references(() => gezin.id, { onDelete: 'cascade' }),
		/** A name or a description: "Ria", "de buurvrouw". */
		naam: text('naam').notNull(),
		soort: text('soort', { enum: betrokkeneSoorten }).notNull(),
		/** Professionals: organisation, function and opdracht (mandate). */
		organisatie: text('organisatie').notNull().default(''),
		functie: text('functie').notNull().default(''),
		opdracht: text('opdracht').notNull().default(''),
		contact: text('contact').notNull().default(''),
		/** The member this person is, when they have an account here. */
		accountId: text('account_id').references(() => account.id, { onDelete: 'set null' }),
		nabijheid: text('nabijheid', { enum: nabijheden }).notNull(),
		steun: text('steun', { mode: 'json' }).$type<SteunSoort[]>().notNull().default([]),
		nietVeilig: integer('niet_veilig', { mode: 'boolean' }).notNull().default(false),
		nietVeiligToelichting: text('niet_veilig_toelichting').notNull().default(''),
		versie: integer('versie').notNull().default(1),
		createdBy: text('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedBy: text('updated_by').references(() => account.id, { onDelete: 'set null' }),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		verwijderdAt: integer('verwijderd_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('betrokkene_gezin_idx').on(t.gezinId)]
);
