import type { FormInput } from '../forms';
import type { GebeurtenisInput } from './gebeurtenissen';
import { momentSoorten, tijdlijnBanen } from '../../domain';
import { zichtbaarheden, type Zichtbaarheid } from '../../zichtbaarheid';
import { checkWanneer, partialDate, precisieOf } from '../../tijdlijn/wanneer';
import { m } from '$lib/paraglide/messages';

export interface GebeurtenisFormContext {
	/** Account ids of the active members: whose story it can be. */
	members: ReadonlySet<string>;
	/** Visibility levels the writer may choose: only those they can still see themselves. */
	mayChoose: (z: Zichtbaarheid) => boolean;
	/** A professional may type for the family ("namens het gezin"); family members are the gezin. */
	mayTypeForGezin: boolean;
	/** This year: events may be planned a few years ahead, not further. */
	thisYear: number;
}

/** Reads year, month and day fields ("vanJaar", "vanMaand", "vanDag") into a partial date. */
function readPartial(form: FormInput, prefix: 'van' | 'tot', required: boolean): string | null {
	const jaarRaw = form.text(`${prefix}Jaar`, { max: 4, required });
	const maandRaw = form.text(`${prefix}Maand`, { max: 2 });
	const dagRaw = form.text(`${prefix}Dag`, { max: 2 });
	if (!jaarRaw) {
		if ((maandRaw || dagRaw) && !form.errors[`${prefix}Jaar`]) form.error(`${prefix}Jaar`, m.tijdlijn_error_jaar());
		return null;
	}
	if (!/^\d{4}$/.test(jaarRaw)) {
		form.error(`${prefix}Jaar`, m.tijdlijn_error_jaar());
		return null;
	}
	const maand = maandRaw ? Number(maandRaw) : null;
	const dag = dagRaw ? Number(dagRaw) : null;
	if (maandRaw && (!/^\d{1,2}$/.test(maandRaw) || maand! < 1 || maand! > 12)) {
		form.error(`${prefix}Maand`, m.error_choose());
		return null;
	}
	if (dagRaw && (!/^\d{1,2}$/.test(dagRaw) || !maand || dag! < 1)) {
		form.error(`${prefix}Dag`, maand ? m.tijdlijn_error_dag() : m.tijdlijn_error_dag_without_maand());
		return null;
	}
	const value = partialDate(Number(jaarRaw), maand, dag);
	if (!precisieOf(value)) {
		form.error(`${prefix}Dag`, m.tijdlijn_error_dag());
		return null;
	}
	return value;
}

/** Reads one event from a submitted form; messages go onto the fields, everything typed comes back. */
export function readGebeurtenisInput(form: FormInput, ctx: GebeurtenisFormContext): GebeurtenisInput {
	const baan = form.choice('baan', tijdlijnBanen) ?? 'gezin';
	const moment = form.choice('moment', momentSoorten) ?? 'gewoon';
	const zichtbaarheid = form.choice('zichtbaarheid', zichtbaarheden) ?? 'iedereen';
	if (!form.errors.zichtbaarheid && !ctx.mayChoose(zichtbaarheid))
		form.error('zichtbaarheid', m.groeiplan_visibility_self());
	const titel = form.text('titel', { max: 120, required: true });
	const verhaal = form.text('verhaal', { max: 4000 });

	const periode = form.text('periode', { max: 3 }) === 'ja';
	const nogBezig = periode && form.text('nogBezig', { max: 3 }) === 'ja';
	const ongeveer = form.text('ongeveer', { max: 3 }) === 'ja';
	const van = readPartial(form, 'van', true);
	const tot = periode && !nogBezig ? readPartial(form, 'tot', false) : null;
	if (periode && !nogBezig && !tot && !form.errors.totJaar && !form.errors.totMaand && !form.errors.totDag)
		form.error('totJaar', m.tijdlijn_error_tot_required());
	let wanneer = { van: van ?? '', tot, nogBezig, ongeveer };
	if (van) {
		const checked = checkWanneer(wanneer, { minJaar: 1900, maxJaar: ctx.thisYear + 5 });
		if (checked.ok) wanneer = checked.wanneer;
		else {
			const field = `${checked.field}Jaar`;
			form.error(
				field,
				checked.reason === 'before'
					? m.tijdlijn_error_tot_before_van()
					: m.tijdlijn_error_range({ max: ctx.thisYear + 5 })
			);
		}
	}

	const namensGezin = ctx.mayTypeForGezin && form.text('namensGezin', { max: 3 }) === 'ja';
	const van_wie = form.text('verhaalVan', { max: 64 });
	if (van_wie && !ctx.members.has(van_wie)) form.error('verhaalVan', m.error_choose());
	const verhaalVan = !namensGezin && van_wie && ctx.members.has(van_wie) ? van_wie : null;

	return {
		baan,
		titel,
		verhaal,
		moment,
		wanneer,
		verhaalVan,
		namensGezin,
		organisatie: form.text('organisatie', { max: 120 }),
		soortHulp: form.text('soortHulp', { max: 120 }),
		zichtbaarheid
	};
}
