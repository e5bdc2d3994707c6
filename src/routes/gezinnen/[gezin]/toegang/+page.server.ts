import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/access';
import { auditBy, refuse, requireGezin } from '$lib/server/guard';
import { auditView, begin } from '$lib/server/action';
import type { FormInput } from '$lib/server/forms';
import { approveMembership, endAccess, findMembership, listMembers, refuseMembership } from '$lib/server/gezinnen';
import { createInvite, findOpenInvite, listOpenInvites, revokeInvite } from '$lib/server/invites';
import { audit } from '$lib/server/audit';
import { limits } from '$lib/server/auth/rate-limit';
import { publicOrigin } from '$lib/server/request';
import { qrPath } from '$lib/server/qr';
import { m } from '$lib/paraglide/messages';

const inviteKinds = ['ouder', 'jeugdige', 'netwerk', 'professional'] as const;

export const load: PageServerLoad = (event) => {
	const { actor, gezin, membership, facts } = requireGezin(event);
	const mayInvite = can(actor, 'gezin.invite', facts);
	const mayDecide = can(actor, 'gezin.decideAccess', facts);
	if (!mayInvite && !mayDecide) refuse(event, gezin.id, 403);
	auditView(event, { gezin }, { recordType: 'gezin', recordId: gezin.id, detail: 'toegang' });
	const members = listMembers(gezin.id).map((x) => ({
		id: x.id,
		displayName: x.displayName,
		relatie: x.relatie,
		role: x.role,
		gezinsrol: x.gezinsrol,
		organisatie: x.organisatieNaam,
		status: x.status,
		self: x.accountId === actor.id,
		mayEnd:
			x.status !== 'beeindigd' &&
			can(actor, 'gezin.endAccess', {
				...facts,
				target: { accountId: x.accountId, role: x.role, status: x.status, gezinsrol: x.gezinsrol }
			})
	}));
	return {
		me: { role: membership.role },
		members,
		invites: listOpenInvites(gezin.id).map((i) => ({
			id: i.id,
			role: i.role,
			gezinsrol: i.gezinsrol,
			relatie: i.relatie,
			naam: i.naam,
			createdByName: i.createdByRelatie ? `${i.createdByName} (${i.createdByRelatie})` : i.createdByName,
			expiresAt: i.expiresAt.toISOString(),
			mayRevoke: can(actor, 'gezin.revokeInvite', { ...facts, inviteCreatedBy: i.createdBy })
		})),
		mayInvite,
		mayDecide
	};
};

type Toegang = ReturnType<typeof requireGezin>;

/** Reads the membership id from the form and loads it, within this gezin only. */
function readMembership(ctx: Toegang, form: FormInput) {
	const id = form.text('lid', { max: 64, required: true });
	return form.ok ? findMembership(ctx.gezin.id, id) : undefined;
}

/** Who may approve or refuse a waiting member. */
const mayDecide = (ctx: Toegang) => can(ctx.actor, 'gezin.decideAccess', ctx.facts);

export const actions = {
	/** A new invitation. */
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGezin, (ctx) => can(ctx.actor, 'gezin.invite', ctx.facts));
		if (refusal) return refusal;
		const { actor, gezin } = ctx;
		const wait = limits.inviteAccount.retryAfter(actor.id);
		if (wait > 0) return form.fail(m.invite_too_many({ minutes: Math.ceil(wait / 60_000) }), 429);
		const kind = form.choice('soort', inviteKinds);
		const relatie = form.text('relatie', { max: 80, required: true });
		const naam = form.text('naam', { max: 80 });
		if (!form.ok || !kind) return form.fail();
		limits.inviteAccount.fail(actor.id);
		const role = kind === 'ouder' || kind === 'jeugdige' ? 'gezin' : kind;
		const created = createInvite({
			gezinId: gezin.id,
			role,
			gezinsrol: role === 'gezin' ? (kind as 'ouder' | 'jeugdige') : null,
			relatie,
			naam,
			createdBy: actor.id
		});
		audit({
			...auditBy(event),
			gezinId: gezin.id,
			action: 'toegang.uitgenodigd',
			recordType: 'invite',
			recordId: created.id,
			detail: `${kind}: ${relatie}`
		});
		const link = `${publicOrigin(event.url)}/uitnodiging/${created.token}`;
		return { created: { link, qr: qrPath(link), relatie, naam, expiresAt: created.expiresAt.toISOString() } };
	},
	/** Revokes an open invitation. */
	verwijderen: async (event) => {
		// Whether this invitation may be revoked depends on who made it: decided below, with the record.
		const { ctx, form, refusal } = await begin(event, requireGezin, () => true);
		if (refusal) return refusal;
		const { actor, gezin, facts } = ctx;
		const id = form.text('uitnodiging', { max: 64, required: true });
		if (!form.ok) return form.fail();
		const inv = findOpenInvite(gezin.id, id);
		// Someone else's invitation that you may not touch looks the same as none at all.
		if (!inv || !can(actor, 'gezin.revokeInvite', { ...facts, inviteCreatedBy: inv.createdBy }))
			return form.fail(m.access_not_found(), 404);
		revokeInvite(inv.id);
		audit({
			...auditBy(event),
			gezinId: gezin.id,
			action: 'toegang.uitnodiging-ingetrokken',
			recordType: 'invite',
			recordId: inv.id,
			detail: inv.relatie
		});
		return { success: m.access_invite_revoked() };
	},
	toestaan: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGezin, mayDecide);
		if (refusal) return refusal;
		const target = readMembership(ctx, form);
		if (!form.ok) return form.fail();
		const result = target ? approveMembership(ctx.gezin.id, target.id, ctx.actor.id) : ({ ok: false } as const);
		if (!result.ok) return form.fail(m.access_not_found(), 404);
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			action: 'toegang.goedgekeurd',
			recordType: 'membership',
			recordId: target!.id,
			detail: result.relatie
		});
		return { success: m.access_approved({ relatie: result.relatie }) };
	},
	weigeren: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireGezin, mayDecide);
		if (refusal) return refusal;
		const target = readMembership(ctx, form);
		if (!form.ok) return form.fail();
		const result = target ? refuseMembership(ctx.gezin.id, target.id, ctx.actor.id) : ({ ok: false } as const);
		if (!result.ok) return form.fail(m.access_not_found(), 404);
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			action: 'toegang.geweigerd',
			recordType: 'membership',
			recordId: target!.id,
			detail: result.relatie
		});
		return { success: m.access_refused({ relatie: result.relatie }) };
	},
	beeindigen: async (event) => {
		// Whom you may remove depends on them: decided below, with the record.
		const { ctx, form, refusal } = await begin(event, requireGezin, () => true);
		if (refusal) return refusal;
		const target = readMembership(ctx, form);
		if (!form.ok) return form.fail();
		// Someone you may not remove looks the same as someone who is not there.
		if (
			!target ||
			!can(ctx.actor, 'gezin.endAccess', {
				...ctx.facts,
				target: { accountId: target.accountId, role: target.role, status: target.status, gezinsrol: target.gezinsrol }
			})
		) {
			return form.fail(m.access_not_found(), 404);
		}
		const result = endAccess(ctx.gezin.id, target.id, ctx.actor.id);
		if (!result.ok)
			return form.fail(
				result.reason === 'would_orphan' ? m.access_would_orphan() : m.access_not_found(),
				result.reason === 'would_orphan' ? 409 : 404
			);
		audit({
			...auditBy(event),
			gezinId: ctx.gezin.id,
			action: 'toegang.beeindigd',
			recordType: 'membership',
			recordId: target.id,
			detail: result.relatie
		});
		// Who stepped back themselves can no longer see this gezin.
		if (target.accountId === ctx.actor.id) redirect(303, '/gezinnen');
		return { success: m.access_ended({ relatie: result.relatie }) };
	}
} satisfies Actions;
