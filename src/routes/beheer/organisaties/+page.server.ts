import type { Actions, PageServerLoad } from './$types';
import { auditBy, requireBeheerder } from '$lib/server/guard';
import { createOrganisatie, listOrganisaties, organisatieNaamTaken } from '$lib/server/organisaties';
import { organisatieSoorten } from '$lib/domain';
import { audit } from '$lib/server/audit';
import { begin } from '$lib/server/action';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = (event) => {
	requireBeheerder(event);
	audit({ ...auditBy(event), action: 'beheer.bekeken', recordType: 'beheer', detail: 'organisaties' });
	return { organisaties: listOrganisaties().map((o) => ({ id: o.id, naam: o.naam, soort: o.soort })) };
};

export const actions = {
	toevoegen: async (event) => {
		// requireBeheerder refuses everyone else (403, and the attempt in the beheer log).
		const { form, refusal } = await begin(event, requireBeheerder, () => true);
		if (refusal) return refusal;
		const naam = form.text('naam', { max: 120, required: true });
		const soort = form.choice('soort', organisatieSoorten);
		if (naam && !form.errors.naam && organisatieNaamTaken(naam)) form.error('naam', m.beheer_organisatie_exists());
		if (!form.ok || !soort) return form.fail();
		const id = createOrganisatie(naam, soort);
		audit({
			...auditBy(event),
			action: 'organisatie.aangemaakt',
			recordType: 'organisatie',
			recordId: id,
			detail: naam
		});
		return { success: m.beheer_organisatie_created({ naam }) };
	}
} satisfies Actions;
