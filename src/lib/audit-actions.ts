/** Every action the audit log knows. Labels for people live in the i18n messages (audit_action_*). */
export const auditActions = [
	'gezin.bekeken',
	'gezin.aangemaakt',
	'gezin.audit-bekeken',
	'toegang.uitgenodigd',
	'toegang.uitnodiging-ingetrokken',
	'toegang.uitnodiging-geaccepteerd',
	'toegang.goedgekeurd',
	'toegang.geweigerd',
	'toegang.beeindigd',
	'account.ingelogd',
	'account.inloggen-mislukt',
	'account.uitgelogd',
	'account.aangemaakt',
	'account.wachtwoord-gezet',
	'account.wachtwoordlink-gemaakt',
	'account.sessie-beeindigd',
	'organisatie.aangemaakt',
	'groeiplan.item-toegevoegd',
	'groeiplan.item-gewijzigd',
	'groeiplan.item-verwijderd',
	'groeiplan.regie-gewijzigd',
	'tijdlijn.gebeurtenis-toegevoegd',
	'tijdlijn.gebeurtenis-gewijzigd',
	'tijdlijn.gebeurtenis-verwijderd',
	'tijdlijn.kant-toegevoegd',
	'tijdlijn.kant-gewijzigd',
	'tijdlijn.kant-verwijderd',
	'tijdlijn.baan-hernoemd'
] as const;

export type AuditAction = (typeof auditActions)[number];
