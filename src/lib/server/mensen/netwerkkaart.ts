import { layoutNetwerkkaart, type NetwerkLayout, type NetwerkPersoon } from '../../mensen/netwerkkaart';
import { soortLabel } from '../../mensen/labels';

/**
 * The netwerkkaart is laid out here, on the server, and the page only draws it. The layout is
 * pure and deterministic, so this is the same picture the browser would compute; but in a fresh
 * page the layout code runs cold (about 20 ms for 40 people) while the warm server needs ~1 ms.
 * `ms` goes out as a Server-Timing header, so the browser can see it too.
 */
export function netwerkkaartLayout(
	gezinNaam: string,
	people: NetwerkPersoon[],
	toonNietVeilig: boolean
): { layout: NetwerkLayout; ms: number } {
	const start = performance.now();
	const layout = layoutNetwerkkaart(people, { centreLabel: gezinNaam, sectorLabel: soortLabel, toonNietVeilig });
	return { layout, ms: performance.now() - start };
}

/** The Server-Timing header for a page with a netwerkkaart. */
export const layoutTiming = (ms: number) => ({ 'server-timing': `layout;dur=${ms.toFixed(2)};desc="netwerkkaart"` });

/** What the netwerkkaart needs of a betrokkene (the "niet veilig" mark already filtered by `toView`). */
export const netwerkPersoon = (b: NetwerkPersoon): NetwerkPersoon => ({
	id: b.id,
	naam: b.naam,
	soort: b.soort,
	nabijheid: b.nabijheid,
	steun: b.steun,
	nietVeilig: b.nietVeilig
});
