import type { PageServerLoad } from './$types';
import { auditView } from '$lib/server/action';
import { actorOf, requireAccount } from '$lib/server/guard';
import { listMijnAfspraken } from '$lib/server/groeiplan/afspraken';
import { dutchToday } from '$lib/dag';
import { mijnOpenOverdrachten } from '$lib/server/gesprek/overdracht';

export const load: PageServerLoad = (event) => {
	const account = requireAccount(event);
	const afspraken = listMijnAfspraken(actorOf(account), dutchToday());
	const overdrachten = mijnOpenOverdrachten(account.id);
	// What this page shows comes from the plans of several gezinnen: each family's log says so.
	for (const gezinId of new Set([...afspraken, ...overdrachten].map((x) => x.gezinId))) {
		auditView(
			event,
			{ gezin: { id: gezinId } },
			{ recordType: 'afspraken', recordId: account.id, detail: 'afspraken' }
		);
	}
	return { afspraken, overdrachten };
};
