import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listGezinnenFor, listWaitingFor } from '$lib/server/gezinnen';

export const load: PageServerLoad = ({ locals }) => {
	const account = locals.account;
	if (!account) return { start: null };
	if (account.roles.includes('professional')) redirect(303, '/gezinnen');
	const gezinnen = listGezinnenFor(account.id);
	const waiting = listWaitingFor(account.id);
	// Family and network go straight to their gezin.
	if (gezinnen.length === 1 && waiting.length === 0 && account.roles.length === 0)
		redirect(303, `/gezinnen/${gezinnen[0]!.id}`);
	if (account.roles.length === 1 && account.roles[0] === 'beheerder' && gezinnen.length === 0) redirect(303, '/beheer');
	return { start: { gezinnen, waiting, roles: account.roles } };
};
