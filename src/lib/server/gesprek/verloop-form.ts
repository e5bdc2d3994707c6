import type { FormInput } from '../forms';
import { notitieSoorten } from '../../domain';
import { zichtbaarheden, type Zichtbaarheid } from '../../zichtbaarheid';
import type { NotitieInput } from './verloop';
import type { OverdrachtInput } from './overdracht';
import { m } from '$lib/paraglide/messages';

/** A note or besluit written down at the table. Visibility: only levels the writer can see. */
export function readNotitie(form: FormInput, mayChoose: (z: Zichtbaarheid) => boolean): NotitieInput {
	const tekst = form.text('tekst', { max: 2000, required: true });
	const soort =
		form.choice(
			'soort',
			notitieSoorten.filter((s) => s !== 'afspraak')
		) ?? 'notitie';
	const zichtbaarheid = form.choice('zichtbaarheid', zichtbaarheden) ?? 'gezin-en-professionals';
	if (!form.errors.zichtbaarheid && !mayChoose(zichtbaarheid))
		form.error('zichtbaarheid', m.groeiplan_visibility_self());
	return { puntId: form.text('punt', { max: 64 }) || null, soort, tekst, zichtbaarheid };
}

/** The last day to react: a real day, today or later. */
export function readReactieTot(form: FormInput, vandaag: string): string {
	const dag = form.day('reactieTot', { required: true, message: m.gesprek_datum_invalid() });
	if (dag && dag < vandaag) form.error('reactieTot', m.gesprek_reactie_tot_past());
	return dag ?? '';
}

/** "12 november 2026": how the groeiplan names the gesprek an afspraak came from (stored text, Dutch). */
export function dagInWoorden(dag: string): string {
	return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dag}T12:00:00Z`));
}

/**
 * A warme overdracht: from whom (a professional of the gezin, or a name typed in for someone who
 * has no account), to which other professional of the gezin, and what is handed over. Null when
 * something is missing or wrong: the messages are on the fields.
 */
export function readOverdracht(
	form: FormInput,
	professionals: ReadonlyArray<{ accountId: string; displayName: string }>
): OverdrachtInput | null {
	const vanId = form.text('van', { max: 64 });
	const vanNaamGetypt = form.text('vanNaam', { max: 80 });
	const naarId = form.text('naar', { max: 64, required: true });
	const wat = form.text('wat', { max: 2000, required: true });
	const van = vanId ? professionals.find((x) => x.accountId === vanId) : undefined;
	const naar = professionals.find((x) => x.accountId === naarId);
	if (vanId && !van) form.error('van', m.error_choose());
	if (!vanId && !vanNaamGetypt && !form.errors.van) form.error('van', m.overdracht_van_required());
	if (naarId && !naar) form.error('naar', m.overdracht_naar_professional());
	if (naar && van && naar.accountId === van.accountId) form.error('naar', m.overdracht_naar_ander());
	if (!form.ok || !naar) return null;
	return {
		vanAccountId: van?.accountId ?? null,
		vanNaam: van?.displayName ?? vanNaamGetypt,
		naarAccountId: naar.accountId,
		naarNaam: naar.displayName,
		wat
	};
}
