import type { FormInput } from '../forms';
import { notitieSoorten } from '../../domain';
import { zichtbaarheden, type Zichtbaarheid } from '../../zichtbaarheid';
import type { NotitieInput } from './verloop';
import { isDay } from './form';
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
	const dag = form.text('reactieTot', { max: 10, required: true });
	if (dag && !isDay(dag)) form.error('reactieTot', m.gesprek_datum_fout());
	else if (dag && dag < vandaag) form.error('reactieTot', m.gesprek_reactie_tot_verleden());
	return dag;
}

/** Adds days to a yyyy-mm-dd day. */
export function plusDagen(dag: string, n: number): string {
	const d = new Date(`${dag}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

/** "12 november 2026": how the groeiplan names the gesprek an afspraak came from (stored text, Dutch). */
export function dagInWoorden(dag: string): string {
	return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dag}T12:00:00Z`));
}
