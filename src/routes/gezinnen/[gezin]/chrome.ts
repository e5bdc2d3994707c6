import type { RouteId } from '$app/types';
import { m } from '$lib/paraglide/messages';

/** The tools of a gezin, as its navigation lists them. */
export const tools = [
	{ route: '/gezinnen/[gezin]/groeiplan', label: () => m.groeiplan_title() },
	{ route: '/gezinnen/[gezin]/tijdlijn', label: () => m.tijdlijn_title() },
	{ route: '/gezinnen/[gezin]/mensen', label: () => m.mensen_title() },
	{ route: '/gezinnen/[gezin]/gesprekken', label: () => m.gesprekken_title() }
] as const satisfies readonly { route: RouteId; label: () => string }[];

/**
 * The pages whose heading is the tool's title with the gezin's name; the layout draws it. Other
 * pages draw their own heading (an event's title, a verslag, a page on paper).
 */
export const toolHeadings: Partial<Record<RouteId, () => string>> = {
	'/gezinnen/[gezin]/groeiplan': () => m.groeiplan_title(),
	'/gezinnen/[gezin]/tijdlijn': () => m.tijdlijn_title(),
	'/gezinnen/[gezin]/mensen': () => m.mensen_title(),
	'/gezinnen/[gezin]/gesprekken': () => m.gesprekken_title(),
	'/gezinnen/[gezin]/keukentafel': () => m.tafel_title(),
	'/gezinnen/[gezin]/netwerkkaart': () => m.mensen_nav_kaart(),
	'/gezinnen/[gezin]/netwerk-betrekken': () => m.tips_title()
};

/** The tool a page belongs to (for `aria-current` in the navigation). */
export function toolOf(route: string | null): string | undefined {
	if (!route) return undefined;
	const mensen = ['keukentafel', 'netwerkkaart', 'netwerk-betrekken'].some((t) =>
		route.startsWith(`/gezinnen/[gezin]/${t}`)
	);
	if (mensen) return '/gezinnen/[gezin]/mensen';
	return tools.find((t) => route === t.route || route.startsWith(t.route + '/'))?.route;
}
