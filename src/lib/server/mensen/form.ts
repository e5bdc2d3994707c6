import type { FormInput } from '../forms';
import type { BetrokkeneInput } from './betrokkenen';
import { betrokkeneSoorten, nabijheden, steunSoorten } from '../../domain';
import { m } from '$lib/paraglide/messages';

/** Reads a betrokkene from a submitted form; messages go onto the fields, everything typed comes back. */
export function readBetrokkeneInput(form: FormInput, ctx: { members: ReadonlySet<string> }): BetrokkeneInput {
	const soort = form.choice('soort', betrokkeneSoorten) ?? 'familie';
	const account = form.text('account', { max: 64 });
	if (account && !ctx.members.has(account)) form.error('account', m.error_choose());
	const nietVeilig = form.text('nietVeilig', { max: 3 }) === 'ja';
	return {
		naam: form.text('naam', { max: 80, required: true }),
		soort,
		organisatie: form.text('organisatie', { max: 120 }),
		functie: form.text('functie', { max: 120 }),
		opdracht: form.text('opdracht', { max: 1000 }),
		contact: form.text('contact', { max: 200 }),
		accountId: account && ctx.members.has(account) ? account : null,
		nabijheid: form.choice('nabijheid', nabijheden) ?? 'midden',
		steun: form.choices('steun', steunSoorten),
		nietVeilig,
		nietVeiligToelichting: form.text('nietVeiligToelichting', { max: 1000 })
	};
}
