import { m } from '$lib/paraglide/messages';
import type { NetwerkStap } from '$lib/domain';

/**
 * The tipsheet netwerk betrekken: our own tips for professionals, each with one "probeer dit"
 * step. Texts live in the messages (tips_*), so they are B1 Dutch and translated.
 */
export const tipIds = [
	'vroeg',
	'wie-helpt-nu',
	'grote-cirkel',
	'online',
	'familiegroepsplan',
	'kinderen',
	'drempels',
	'kleine-vraag',
	'aan-tafel'
] as const;
export type TipId = (typeof tipIds)[number];

export interface Tip {
	id: TipId;
	titel: string;
	uitleg: string;
	probeer: string;
}

export function tips(): Tip[] {
	const t: Record<TipId, [() => string, () => string, () => string]> = {
		vroeg: [m.tips_vroeg_titel, m.tips_vroeg_uitleg, m.tips_vroeg_probeer],
		'wie-helpt-nu': [m.tips_wie_titel, m.tips_wie_uitleg, m.tips_wie_probeer],
		'grote-cirkel': [m.tips_cirkel_titel, m.tips_cirkel_uitleg, m.tips_cirkel_probeer],
		online: [m.tips_online_titel, m.tips_online_uitleg, m.tips_online_probeer],
		familiegroepsplan: [m.tips_fgp_titel, m.tips_fgp_uitleg, m.tips_fgp_probeer],
		kinderen: [m.tips_kinderen_titel, m.tips_kinderen_uitleg, m.tips_kinderen_probeer],
		drempels: [m.tips_drempels_titel, m.tips_drempels_uitleg, m.tips_drempels_probeer],
		'kleine-vraag': [m.tips_klein_titel, m.tips_klein_uitleg, m.tips_klein_probeer],
		'aan-tafel': [m.tips_tafel_titel, m.tips_tafel_uitleg, m.tips_tafel_probeer]
	};
	return tipIds.map((id) => ({ id, titel: t[id][0](), uitleg: t[id][1](), probeer: t[id][2]() }));
}

export function tipTitel(id: string): string {
	return tips().find((t) => t.id === id)?.titel ?? id;
}

export function stapLabel(stap: NetwerkStap): string {
	return {
		'netwerk-in-beeld': m.tips_stap_in_beeld,
		'familiegroepsplan-aangeboden': m.tips_stap_fgp_aangeboden,
		'familiegroepsplan-gemaakt': m.tips_stap_fgp_gemaakt
	}[stap]();
}
