import type { AuditAction } from './audit-actions';
import { m } from '$lib/paraglide/messages';

/** The audit log in plain words, for the family. */
export function auditActionLabel(action: string, detail: string): string {
	const labels: Record<AuditAction, () => string> = {
		'gezin.bekeken': () =>
			detail === 'toegang'
				? m.audit_action_viewed_access()
				: detail === 'groeiplan'
					? m.audit_action_viewed_groeiplan()
					: detail === 'tijdlijn'
						? m.audit_action_viewed_tijdlijn()
						: detail === 'mensen'
							? m.audit_action_viewed_mensen()
							: detail === 'gesprek'
								? m.audit_action_viewed_gesprek()
								: detail === 'verslag'
									? m.audit_action_viewed_verslag()
									: detail === 'tafel'
										? m.audit_action_viewed_tafel()
										: detail === 'afspraken'
											? m.audit_action_viewed_afspraken()
											: m.audit_action_viewed(),
		'gezin.aangemaakt': m.audit_action_created,
		'gezin.audit-bekeken': m.audit_action_viewed_audit,
		'live.gevolgd': () =>
			detail === 'groeiplan'
				? m.audit_action_live_groeiplan()
				: detail === 'tijdlijn'
					? m.audit_action_live_tijdlijn()
					: detail === 'keukentafel'
						? m.audit_action_live_mensen()
						: m.audit_action_live_gesprek(),
		'gezin.poging-geweigerd': () =>
			detail === 'geen-toegang' ? m.audit_action_attempt_no_access() : m.audit_action_attempt_not_allowed(),
		'toegang.uitgenodigd': () => m.audit_action_invited({ who: detail.split(': ')[1] ?? detail }),
		'toegang.uitnodiging-ingetrokken': () => m.audit_action_invite_revoked({ who: detail }),
		'toegang.uitnodiging-geaccepteerd': () =>
			detail === 'wacht' ? m.audit_action_invite_accepted_waiting() : m.audit_action_invite_accepted(),
		'toegang.goedgekeurd': () => m.audit_action_approved({ who: detail }),
		'toegang.geweigerd': () => m.audit_action_refused({ who: detail }),
		'toegang.beeindigd': () => m.audit_action_ended({ who: detail }),
		'account.ingelogd': m.audit_action_other,
		'account.inloggen-mislukt': m.audit_action_other,
		'account.uitgelogd': m.audit_action_other,
		'account.aangemaakt': m.audit_action_account_created,
		'account.naam-gewijzigd': m.audit_action_other,
		// In a gezin's log these are password resets of one of its members (see password-reset-audit.ts).
		'account.wachtwoord-gezet': m.audit_action_password_set,
		'account.wachtwoordlink-gemaakt': () => m.audit_action_password_link({ who: detail }),
		'account.sessie-beeindigd': m.audit_action_other,
		'organisatie.aangemaakt': m.audit_action_other,
		'beheer.bekeken': m.audit_action_other,
		'beheer.poging-geweigerd': m.audit_action_other,
		'groeiplan.item-toegevoegd': m.audit_action_groeiplan_added,
		'groeiplan.item-gewijzigd': m.audit_action_groeiplan_changed,
		'groeiplan.item-verwijderd': m.audit_action_groeiplan_removed,
		'groeiplan.regie-gewijzigd': m.audit_action_groeiplan_regie,
		'tijdlijn.gebeurtenis-toegevoegd': m.audit_action_tijdlijn_added,
		'tijdlijn.gebeurtenis-gewijzigd': m.audit_action_tijdlijn_changed,
		'tijdlijn.gebeurtenis-verwijderd': m.audit_action_tijdlijn_removed,
		'tijdlijn.kant-toegevoegd': m.audit_action_tijdlijn_kant,
		'tijdlijn.kant-gewijzigd': m.audit_action_tijdlijn_kant,
		'tijdlijn.kant-verwijderd': m.audit_action_tijdlijn_kant,
		'tijdlijn.baan-hernoemd': m.audit_action_tijdlijn_baan,
		'mensen.betrokkene-toegevoegd': m.audit_action_mensen_added,
		'mensen.betrokkene-gewijzigd': m.audit_action_mensen_changed,
		'mensen.betrokkene-verwijderd': m.audit_action_mensen_removed,
		'mensen.tafel-gewijzigd': m.audit_action_mensen_tafel,
		'mensen.netwerk-tip': m.audit_action_mensen_tip,
		'mensen.netwerk-stap': m.audit_action_mensen_stap,
		'gesprek.gepland': m.audit_action_gesprek_gepland,
		'gesprek.voorbereid': m.audit_action_gesprek_voorbereid,
		'gesprek.gevoerd': m.audit_action_gesprek_gevoerd,
		'gesprek.verslag': m.audit_action_gesprek_verslag,
		'gesprek.gereageerd': m.audit_action_gesprek_gereageerd,
		'gesprek.vastgesteld': m.audit_action_gesprek_vastgesteld,
		'overdracht.vastgelegd': m.audit_action_overdracht_vastgelegd,
		'overdracht.bevestigd': m.audit_action_overdracht_bevestigd,
		'audit.ondertekening-gestart': m.audit_action_other
	};
	return (labels[action as AuditAction] ?? m.audit_action_other)();
}
