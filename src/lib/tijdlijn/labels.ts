import type { MomentSoort, TijdlijnBaan } from '$lib/domain';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatWanneer, type Wanneer } from './wanneer';

/** The default name of a lane (the family may choose its own). */
export function baanNaam(baan: TijdlijnBaan): string {
	return {
		gezin: m.tijdlijn_baan_gezin,
		kinderen: m.tijdlijn_baan_kinderen,
		netwerk: m.tijdlijn_baan_netwerk,
		hulp: m.tijdlijn_baan_hulp
	}[baan]();
}

export function momentLabel(moment: MomentSoort): string {
	return { mooi: m.tijdlijn_moment_mooi, moeilijk: m.tijdlijn_moment_moeilijk, gewoon: m.tijdlijn_moment_gewoon }[
		moment
	]();
}

/** "ongeveer maart 2015", in the current language. */
export function wanneerLabel(w: Wanneer): string {
	return formatWanneer(w, getLocale() === 'en' ? 'en' : 'nl');
}
