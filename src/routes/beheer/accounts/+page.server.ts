import type { Actions, PageServerLoad } from './$types';
import { actorOf, auditBy, requireBeheerder } from '$lib/server/guard';
import {
	accountExists,
	createAccount,
	createPasswordLink,
	emailTaken,
	listAccounts,
	normalizeUsername,
	passwordLinkFacts,
	usernameTaken,
	USERNAME_PATTERN
} from '$lib/server/accounts';
import { can } from '$lib/server/access';
import { auditPasswordReset } from '$lib/server/password-reset-audit';
import { listOrganisaties, organisatieExists } from '$lib/server/organisaties';
import { globalRoles } from '$lib/domain';
import { audit } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { begin } from '$lib/server/action';
import { publicOrigin } from '$lib/server/request';
import { m } from '$lib/paraglide/messages';

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export const load: PageServerLoad = (event) => {
	const beheerder = requireBeheerder(event);
	audit({ ...auditBy(event), action: 'beheer.bekeken', recordType: 'beheer', detail: 'accounts' });
	return {
		accounts: listAccounts().map((a) => ({
			...a,
			mayLink: can(actorOf(beheerder), 'account.passwordLink', passwordLinkFacts(a.id))
		})),
		organisaties: listOrganisaties().map((o) => ({ id: o.id, naam: o.naam }))
	};
};

export const actions = {
	toevoegen: async (event) => {
		// requireBeheerder refuses everyone else (403, and the attempt in the beheer log).
		const { ctx: beheerder, form, refusal } = await begin(event, requireBeheerder, () => true);
		if (refusal) return refusal;
		const username = normalizeUsername(form.text('gebruikersnaam', { max: 40, required: true }));
		const displayName = form.text('naam', { max: 80, required: true });
		const email = form.text('email', { max: 254 }).toLowerCase();
		const organisatieId = form.text('organisatie', { max: 64 });
		const roles = form.choices('rollen', globalRoles);
		if (username && !form.errors.gebruikersnaam) {
			if (!USERNAME_PATTERN.test(username)) form.error('gebruikersnaam', m.username_invalid());
			else if (usernameTaken(username)) form.error('gebruikersnaam', m.username_taken());
		}
		if (email && !form.errors.email) {
			if (!EMAIL.test(email)) form.error('email', m.email_invalid());
			else if (emailTaken(email)) form.error('email', m.email_taken());
		}
		if (organisatieId && !organisatieExists(organisatieId)) form.error('organisatie', m.error_choose());
		if (roles.length === 0 && !form.errors.rollen) form.error('rollen', m.beheer_account_roles_required());
		if (!form.ok) return form.fail();
		const { id, link } = getDb().transaction(() => {
			const id = createAccount({
				username,
				displayName,
				email: email || null,
				organisatieId: organisatieId || null,
				roles
			});
			return { id, link: createPasswordLink(id, beheerder.id) };
		});
		audit({
			...auditBy(event),
			action: 'account.aangemaakt',
			recordType: 'account',
			recordId: id,
			detail: `${username} (${roles.join(', ')})`
		});
		return {
			created: {
				username,
				link: `${publicOrigin(event.url)}/wachtwoord/${link.token}`,
				expiresAt: link.expiresAt.toISOString()
			}
		};
	},
	link: async (event) => {
		// Whose link may be made depends on the account: decided below, with its facts.
		const { ctx: beheerder, form, refusal } = await begin(event, requireBeheerder, () => true);
		if (refusal) return refusal;
		const id = form.text('account', { max: 64, required: true });
		if (!form.ok) return form.fail();
		if (!accountExists(id)) return form.fail(m.error_not_found(), 404);
		// Family and network get back in through a new invitation of their gezin, never through beheer.
		if (!can(actorOf(beheerder), 'account.passwordLink', passwordLinkFacts(id)))
			return form.fail(m.beheer_link_not_for_family(), 403);
		const link = createPasswordLink(id, beheerder.id);
		const username = listAccounts().find((a) => a.id === id)?.username ?? '';
		auditPasswordReset({ ...auditBy(event), action: 'account.wachtwoordlink-gemaakt' }, id);
		return {
			created: {
				username,
				link: `${publicOrigin(event.url)}/wachtwoord/${link.token}`,
				expiresAt: link.expiresAt.toISOString()
			}
		};
	}
} satisfies Actions;
