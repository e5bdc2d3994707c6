import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { gezin, groeiplan, groeiplanItem, membership } from '../db/schema';
import { can, type Actor } from '../access';

/**
 * "Mijn afspraken": the open afspraken of one account over all gezinnen where it has access now,
 * each only if its visibility lets this account see it. Overdue ones first, then by date.
 */
export function listMijnAfspraken(actor: Actor, today: string) {
	const accountId = actor.id;
	const rows = getDb()
		.select({
			id: groeiplanItem.id,
			tekst: groeiplanItem.tekst,
			wanneer: groeiplanItem.wanneer,
			status: groeiplanItem.status,
			zichtbaarheid: groeiplanItem.zichtbaarheid,
			gezinId: gezin.id,
			gezinNaam: gezin.naam,
			role: membership.role,
			membershipStatus: membership.status
		})
		.from(groeiplanItem)
		.innerJoin(groeiplan, eq(groeiplan.id, groeiplanItem.groeiplanId))
		.innerJoin(gezin, eq(gezin.id, groeiplan.gezinId))
		.innerJoin(
			membership,
			and(eq(membership.gezinId, gezin.id), eq(membership.accountId, accountId), eq(membership.status, 'actief'))
		)
		.where(
			and(
				eq(groeiplanItem.wieAccountId, accountId),
				eq(groeiplanItem.sectie, 'afspraak'),
				inArray(groeiplanItem.status, ['open', 'bezig']),
				isNull(groeiplanItem.verwijderdAt)
			)
		)
		.orderBy(asc(groeiplanItem.wanneer))
		.all();
	return rows
		.filter((r) =>
			can(actor, 'item.view', {
				membership: { accountId, role: r.role, status: r.membershipStatus },
				zichtbaarheid: r.zichtbaarheid
			})
		)
		.map((r) => ({
			id: r.id,
			tekst: r.tekst,
			wanneer: r.wanneer,
			status: r.status,
			gezinId: r.gezinId,
			gezinNaam: r.gezinNaam,
			teLaat: !!r.wanneer && r.wanneer < today
		}))
		.sort((a, b) => Number(b.teLaat) - Number(a.teLaat) || (a.wanneer ?? '9999').localeCompare(b.wanneer ?? '9999'));
}
