import type { BetrokkeneSoort, Nabijheid } from '$lib/domain';

/**
 * The deck of ready cards for the keukentafel: one tap puts "oma" or "de huisarts" on the board.
 * The name is a description until the family gives a real name on the people page.
 */
export interface KlaarKaart {
	id: string;
	soort: BetrokkeneSoort;
	nabijheid: Nabijheid;
}

export const stapel: readonly KlaarKaart[] = [
	{ id: 'oma', soort: 'familie', nabijheid: 'dichtbij' },
	{ id: 'opa', soort: 'familie', nabijheid: 'dichtbij' },
	{ id: 'tante-oom', soort: 'familie', nabijheid: 'midden' },
	{ id: 'buurvrouw', soort: 'vrienden-en-buren', nabijheid: 'midden' },
	{ id: 'buurman', soort: 'vrienden-en-buren', nabijheid: 'midden' },
	{ id: 'vriendin', soort: 'vrienden-en-buren', nabijheid: 'dichtbij' },
	{ id: 'leerkracht', soort: 'school-en-werk', nabijheid: 'midden' },
	{ id: 'intern-begeleider', soort: 'school-en-werk', nabijheid: 'verder-weg' },
	{ id: 'sportcoach', soort: 'vrijwilliger', nabijheid: 'midden' },
	{ id: 'huisarts', soort: 'professional', nabijheid: 'verder-weg' },
	{ id: 'jongerenwerker', soort: 'professional', nabijheid: 'midden' },
	{ id: 'gezinscoach', soort: 'professional', nabijheid: 'midden' },
	{ id: 'jeugdbeschermer', soort: 'professional', nabijheid: 'midden' },
	{ id: 'voogd', soort: 'professional', nabijheid: 'midden' },
	{ id: 'schoolmaatschappelijk-werk', soort: 'professional', nabijheid: 'verder-weg' },
	{ id: 'ggd', soort: 'professional', nabijheid: 'verder-weg' }
];

export const klaarKaart = (id: string): KlaarKaart | undefined => stapel.find((k) => k.id === id);
