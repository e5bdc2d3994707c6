import { getHandle } from './db';

export interface GezinAuditRow {
	seq: number;
	at: string;
	actorName: string;
	action: string;
	detail: string;
	onBehalfOf: string | null;
	role: string | null;
	relatie: string | null;
	organisatie: string | null;
}

/**
 * What happened in one gezin, newest first, for the family's page "Wie heeft ons plan bekeken".
 * `from`/`to` are ISO instants (inclusive from, exclusive to).
 */
export function listGezinAudit(gezinId: string, range: { from?: string; to?: string }, limit = 300): GezinAuditRow[] {
	return getHandle()
		.sqlite.prepare(
			`SELECT a.seq, a.at, a.actor_name AS actorName, a.action, a.detail, a.on_behalf_of AS onBehalfOf,
			        ms.role AS role, ms.relatie AS relatie, o.naam AS organisatie
			   FROM audit_log a
			   LEFT JOIN membership ms ON ms.gezin_id = a.gezin_id AND ms.account_id = a.actor_id
			   LEFT JOIN account acc ON acc.id = a.actor_id
			   LEFT JOIN organisatie o ON o.id = acc.organisatie_id
			  WHERE a.gezin_id = @gezinId
			    AND (@from IS NULL OR a.at >= @from)
			    AND (@to IS NULL OR a.at < @to)
			  ORDER BY a.seq DESC
			  LIMIT @limit`
		)
		.all({ gezinId, from: range.from ?? null, to: range.to ?? null, limit }) as GezinAuditRow[];
}
