import type { PageServerLoad } from './$types';
import { requireAccount } from '$lib/server/guard';
import { listMijnAfspraken } from '$lib/server/groeiplan/afspraken';
import { dutchToday } from '$lib/server/groeiplan/context';
import { mijnOpenOverdrachten } from '$lib/server/gesprek/overdracht';

export const load: PageServerLoad = (event) => {
	const account = requireAccount(event);
	return { afspraken: listMijnAfspraken(account.id, dutchToday()), overdrachten: mijnOpenOverdrachten(account.id) };
};
