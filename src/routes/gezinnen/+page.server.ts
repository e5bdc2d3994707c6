import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/access';
import { actorOf, auditBy, requireAccount } from '$lib/server/guard';
import { createGezin, listGezinnenFor, listWaitingFor } from '$lib/server/gezinnen';
import { planOverzicht } from '$lib/server/groeiplan/overzicht';
import { dutchToday } from '$lib/dag';
import { audit } from '$lib/server/audit';
import { begin } from '$lib/server/action';

export const load: PageServerLoad = (event) => {
	const account = requireAccount(event);
	const mayCreate = can(actorOf(account), 'gezin.create', null);
	const gezinnen = listGezinnenFor(account.id);
	const waiting = listWaitingFor(account.id);
	// Family and network go straight to their gezin.
	if (!mayCreate && gezinnen.length === 1 && waiting.length === 0) redirect(303, `/gezinnen/${gezinnen[0]!.id}`);
	const overzicht = planOverzicht(actorOf(account), dutchToday());
	return {
		gezinnen: gezinnen.map((g) => ({
			...g,
			plan: overzicht.get(g.id) ?? { open: 0, teLaat: 0, volgendeEvaluatie: null }
		})),
		waiting,
		mayCreate
	};
};

export const actions = {
	toevoegen: async (event) => {
		const {
			ctx: account,
			form,
			refusal
		} = await begin(event, requireAccount, (account) => can(actorOf(account), 'gezin.create', null));
		if (refusal) return refusal;
		const naam = form.text('naam', { max: 80, required: true });
		const relatie = form.text('relatie', { max: 80, required: true });
		if (!form.ok) return form.invalid({});
		const id = createGezin(naam, account.id, relatie);
		// A new gezin has nobody looking at it yet: its log gets the row, no live page needs a nudge.
		audit({ ...auditBy(event), gezinId: id, action: 'gezin.aangemaakt', recordType: 'gezin', recordId: id });
		redirect(303, `/gezinnen/${id}/toegang?nieuw=1`);
	}
} satisfies Actions;
