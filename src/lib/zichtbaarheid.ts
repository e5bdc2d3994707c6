import { m } from '$lib/paraglide/messages';

/** The three visibility levels every story-holding item carries. */
export const zichtbaarheden = ['iedereen', 'gezin-en-professionals', 'alleen-gezin'] as const;
export type Zichtbaarheid = (typeof zichtbaarheden)[number];

/** The words people read for a visibility level. */
export function zichtbaarheidLabel(z: Zichtbaarheid): string {
	return {
		iedereen: m.zichtbaarheid_iedereen,
		'gezin-en-professionals': m.zichtbaarheid_gezin_prof,
		'alleen-gezin': m.zichtbaarheid_gezin
	}[z]();
}
