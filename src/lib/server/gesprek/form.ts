import type { FormInput } from '../forms';
import type { AgendaPunt } from '../../gesprek/agenda';
import type { GesprekDetails } from './gesprekken';
import { m } from '$lib/paraglide/messages';

/** When a gesprek can be: a real day, not before 2000 and not more than five years ahead. */
export function readDetails(form: FormInput): GesprekDetails {
	const max = `${new Date().getUTCFullYear() + 5}-12-31`;
	const datum = form.day('datum', { required: true, min: '2000-01-01', max, message: m.gesprek_datum_invalid() }) ?? '';
	const tijd = form.text('tijd', { max: 5 });
	if (tijd && !/^([01]\d|2[0-3]):[0-5]\d$/.test(tijd)) form.error('tijd', m.gesprek_tijd_invalid());
	return { datum, tijd, plaats: form.text('plaats', { max: 200 }) };
}

export function readPunt(form: FormInput): AgendaPunt {
	const titel = form.text('titel', { max: 120, required: true });
	const uitleg = form.text('uitleg', { max: 1000 });
	const raw = form.text('minuten', { max: 3 });
	const minuten = raw === '' ? 5 : Number(raw);
	if (!Number.isInteger(minuten) || minuten < 1 || minuten > 180) form.error('minuten', m.gesprek_minuten_invalid());
	return { titel, uitleg, minuten: Number.isInteger(minuten) ? minuten : 5 };
}
