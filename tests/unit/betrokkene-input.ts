import type { BetrokkeneInput } from '$lib/server/mensen/betrokkenen';

/** A betrokkene as a form would send it: "de buurvrouw", unless the test says otherwise. */
export const betrokkeneInput = (patch: Partial<BetrokkeneInput> = {}): BetrokkeneInput => ({
	naam: 'de buurvrouw',
	soort: 'vrienden-en-buren',
	organisatie: '',
	functie: '',
	opdracht: '',
	contact: '06-1',
	accountId: null,
	nabijheid: 'midden',
	steun: ['praktisch'],
	nietVeilig: false,
	nietVeiligToelichting: '',
	...patch
});
