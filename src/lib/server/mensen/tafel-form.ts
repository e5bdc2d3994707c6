import type { FormInput } from '../forms';
import { isStandaardRol } from '../../mensen/tafel';
import { m } from '$lib/paraglide/messages';

/**
 * A card's role from a form: the gezin's own words (`eigenRol`) when typed, else the choice from
 * the list (`rol`: one of ours, or a role of their own used before). An empty role is allowed; the
 * board then says who sits at the table without one.
 */
export function readRol(form: FormInput, eigenRollen: ReadonlySet<string>): string {
	const eigen = form.text('eigenRol', { max: 40 });
	const rol = form.text('rol', { max: 40 });
	if (eigen) return eigen;
	if (rol && !isStandaardRol(rol) && !eigenRollen.has(rol)) {
		form.error('rol', m.error_choose());
		return '';
	}
	return rol;
}
