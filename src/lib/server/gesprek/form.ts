import type { FormInput } from '../forms';
import type { AgendaPunt } from '../../gesprek/agenda';
import type { GesprekDetails } from './gesprekken';
import { m } from '$lib/paraglide/messages';

/** A real calendar day as yyyy-mm-dd, not before 2000 and not more than five years ahead. */
export function isDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const t = Date.parse(`${value}T00:00:00Z`);
	if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value) return false;
	const year = Number(value.slice(0, 4));
	return year >= 2000 && year <= new Date().getUTCFullYear() + 5;
}

export function readDetails(form: FormInput): GesprekDetails {
	const datum = form.text('datum', { max: 10, required: true });
	if (datum && !isDay(datum)) form.error('datum', m.gesprek_datum_fout());
	const tijd = form.text('tijd', { max: 5 });
	if (tijd && !/^([01]\d|2[0-3]):[0-5]\d$/.test(tijd)) form.error('tijd', m.gesprek_tijd_fout());
	return { datum, tijd, plaats: form.text('plaats', { max: 200 }) };
}

export function readPunt(form: FormInput): AgendaPunt {
	const titel = form.text('titel', { max: 120, required: true });
	const uitleg = form.text('uitleg', { max: 1000 });
	const raw = form.text('minuten', { max: 3 });
	const minuten = raw === '' ? 5 : Number(raw);
	if (!Number.isInteger(minuten) || minuten < 1 || minuten > 180) form.error('minuten', m.gesprek_minuten_fout());
	return { titel, uitleg, minuten: Number.isInteger(minuten) ? minuten : 5 };
}
