import type { BetrokkeneSoort, Nabijheid, SteunSoort, TafelPlek } from '$lib/domain';

/** A betrokkene as the pages receive it. Contact and the "niet veilig" mark are empty for the network. */
export interface BetrokkeneView {
	id: string;
	naam: string;
	soort: BetrokkeneSoort;
	organisatie: string;
	functie: string;
	opdracht: string;
	contact: string;
	accountId: string | null;
	nabijheid: Nabijheid;
	steun: SteunSoort[];
	nietVeilig: boolean;
	nietVeiligToelichting: string;
	/** The keukentafel: area, role and contribution, with their own version. */
	plek: TafelPlek;
	rol: string;
	bijdrage: string;
	tafelVersie: number;
	versie: number;
}
