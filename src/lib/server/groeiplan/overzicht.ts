import { getHandle } from '../db';
import { can, type Actor } from '../access';
import type { MemberRole } from '../../domain';
import type { Zichtbaarheid } from '../../zichtbaarheid';

export interface PlanOverzicht {
	open: number;
	teLaat: number;
	volgendeEvaluatie: string | null;
}

/**
 * Per gezin of this account: open and overdue afspraken and the next evaluation date, counting
 * only items this account may see (one query for all gezinnen).
 */
export function planOverzicht(actor: Actor, today: string): Map<string, PlanOverzicht> {
	const rows = getHandle()
		.sqlite.prepare(
			`SELECT ms.gezin_id AS gezinId, ms.role AS role, gp.volgende_evaluatie AS volgendeEvaluatie,
			        i.zichtbaarheid AS zichtbaarheid,
			        count(i.id) AS open,
			        sum(CASE WHEN i.wanneer < @today THEN 1 ELSE 0 END) AS teLaat
			   FROM membership ms
			   JOIN groeiplan gp ON gp.gezin_id = ms.gezin_id
			   LEFT JOIN groeiplan_item i ON i.groeiplan_id = gp.id AND i.sectie = 'afspraak'
			        AND i.status IN ('open', 'bezig') AND i.verwijderd_at IS NULL
			  WHERE ms.account_id = @accountId AND ms.status = 'actief'
			  GROUP BY ms.gezin_id, i.zichtbaarheid`
		)
		.all({ accountId: actor.id, today }) as Array<{
		gezinId: string;
		role: MemberRole;
		volgendeEvaluatie: string | null;
		zichtbaarheid: Zichtbaarheid | null;
		open: number;
		teLaat: number | null;
	}>;
	const result = new Map<string, PlanOverzicht>();
	for (const row of rows) {
		const entry = result.get(row.gezinId) ?? { open: 0, teLaat: 0, volgendeEvaluatie: row.volgendeEvaluatie };
		const membership = { accountId: actor.id, role: row.role, status: 'actief' as const };
		if (row.zichtbaarheid && can(actor, 'item.view', { membership, zichtbaarheid: row.zichtbaarheid })) {
			entry.open += row.open;
			entry.teLaat += row.teLaat ?? 0;
		}
		result.set(row.gezinId, entry);
	}
	return result;
}
