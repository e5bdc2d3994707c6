import { fail } from '@sveltejs/kit';
import { isDay } from '../dag';
import { m } from '$lib/paraglide/messages';

/**
 * The most values one field may carry when a form does not say: far more than any of our forms
 * holds, far fewer than makes checking them slow.
 */
export const MAX_VALUES_PER_FIELD = 200;

declare const extras: unique symbol;

/**
 * The one shape of a failed form: the message, the per-field messages, what was typed, and what
 * the page needs to show it (`E`: which item, a conflict's other version). `[extras]` exists for
 * the compiler only: it names E's keys, so that a failure with more keys is never folded into one
 * with fewer when TypeScript joins an action's results, and every key reaches the page's `form`.
 */
export type FormFailure<E extends Record<string, unknown> = Record<never, never>> = E & {
	errors: Record<string, string>;
	values: Record<string, string>;
	message: string;
	readonly [extras]?: keyof E;
};

/**
 * Reads a submitted form field by field. Every problem becomes a Dutch (or English) message on
 * that field, and everything typed (except secrets) goes back so nothing is lost.
 */
export class FormInput {
	readonly errors: Record<string, string> = {};
	readonly values: Record<string, string> = {};
	/** Set when a field got too many values: that says more than "check the form". */
	#tooMany: string | undefined;

	constructor(private readonly data: FormData) {}

	static async from(request: Request): Promise<FormInput> {
		try {
			return new FormInput(await request.formData());
		} catch {
			return new FormInput(new FormData());
		}
	}

	#raw(name: string, keep: boolean): string | null {
		const value = this.data.get(name);
		if (value === null) return '';
		if (typeof value !== 'string') {
			this.errors[name] = m.error_not_text();
			return null;
		}
		if (keep) this.values[name] = value.slice(0, 4000);
		if (value.includes('\u0000')) {
			this.errors[name] = m.error_invalid_characters();
			return null;
		}
		return value;
	}

	/** Trimmed text with a length limit. */
	text(name: string, opts: { max: number; required?: boolean; min?: number; secret?: boolean }): string {
		const raw = this.#raw(name, !opts.secret);
		if (raw === null) return '';
		const value = opts.secret ? raw : raw.trim();
		const length = [...value].length;
		if (!value) {
			if (opts.required) this.errors[name] = m.error_required();
		} else if (length > opts.max) {
			this.errors[name] = m.error_too_long({ max: opts.max });
		} else if (opts.min && length < opts.min) {
			this.errors[name] = m.error_too_short({ min: opts.min });
		}
		return value;
	}

	/**
	 * The version a change was made against (optimistic concurrency): a whole number from 1, or -1
	 * for anything else, which never matches a stored version.
	 */
	versie(name = 'versie'): number {
		const versie = Number(this.text(name, { max: 10, required: true }));
		return Number.isInteger(versie) && versie >= 1 ? versie : -1;
	}

	/**
	 * A calendar day as yyyy-mm-dd, or null. A day that does not exist (2025-02-30), another
	 * format, or one outside `min`..`max` gets `message` on the field (by default "not a date").
	 */
	day(name: string, opts: { required?: boolean; min?: string; max?: string; message?: string } = {}): string | null {
		const raw = this.text(name, { max: 10, required: opts.required });
		if (!raw) return null;
		if (!isDay(raw, opts)) {
			this.error(name, opts.message ?? m.error_date());
			return null;
		}
		return raw;
	}

	/** One of a fixed set of values; anything else is refused. */
	choice<T extends string>(name: string, options: readonly T[], opts: { required?: boolean } = {}): T | null {
		const raw = this.#raw(name, true);
		if (raw === null) return null;
		if (!raw) {
			if (opts.required !== false) this.errors[name] = m.error_choose();
			return null;
		}
		if (!(options as readonly string[]).includes(raw)) {
			this.errors[name] = m.error_choose();
			return null;
		}
		return raw as T;
	}

	/**
	 * All values sent under this name, or null (with a message on the field) when there are more
	 * than `max`: counted before anything else is done with them, so a post with thousands of
	 * values costs no more than one with a few.
	 */
	#all(name: string, max: number): FormDataEntryValue[] | null {
		const all = this.data.getAll(name);
		if (all.length > max) {
			this.errors[name] = m.error_too_many({ max });
			this.#tooMany ??= this.errors[name];
			return null;
		}
		return all;
	}

	/**
	 * Several values of a fixed set (checkboxes). Each option can be ticked once, so more values
	 * than options is refused (or more than `opts.max`, when fewer may be picked).
	 */
	choices<T extends string>(name: string, options: readonly T[], opts: { max?: number } = {}): T[] {
		const all = this.#all(name, Math.min(opts.max ?? options.length, options.length));
		if (!all) return [];
		const allowed = new Set<string>(options);
		const picked = new Set<T>();
		for (const value of all) {
			if (typeof value !== 'string' || !allowed.has(value)) {
				this.errors[name] = m.error_choose();
				continue;
			}
			picked.add(value as T);
		}
		this.values[name] = [...picked].join(',');
		return [...picked];
	}

	/**
	 * Several text values (ids that are checked later), each at most `maxLength` characters, each
	 * once, in the order sent. More than `max` values is refused with a message on the field.
	 */
	many(name: string, max: number, opts: { maxLength?: number } = {}): string[] {
		const all = this.#all(name, max);
		if (!all) return [];
		const maxLength = opts.maxLength ?? 64;
		const unique = new Set<string>();
		for (const value of all) {
			if (typeof value !== 'string') {
				this.errors[name] = m.error_not_text();
				continue;
			}
			if (value.length > maxLength || value.includes('\u0000')) {
				this.errors[name] = m.error_choose();
				continue;
			}
			if (value) unique.add(value);
		}
		this.values[name] = [...unique].join(',');
		return [...unique];
	}

	/**
	 * Every string value sent under this name, unchecked (for ids that are checked later); more
	 * than `max` is refused with a message on the field. Prefer `many`.
	 */
	rawAll(name: string, max = MAX_VALUES_PER_FIELD): string[] {
		return (this.#all(name, max) ?? []).filter((v): v is string => typeof v === 'string');
	}

	error(name: string, message: string): void {
		this.errors[name] ??= message;
	}

	get ok(): boolean {
		return Object.keys(this.errors).length === 0;
	}

	/** A 400 with the messages and the kept values, for the page to show. */
	fail(message?: string, status = 400) {
		return this.invalid({}, { message, status });
	}

	/**
	 * The one shape of a failed form: the message, the per-field messages and what was typed, plus
	 * what this form's page needs to show it (which item, a conflict's other version).
	 */
	invalid<E extends Record<string, unknown>>(extra: E, opts: { message?: string; status?: number } = {}) {
		return fail<FormFailure<E>>(opts.status ?? 400, {
			...extra,
			errors: this.errors,
			values: this.values,
			message: opts.message ?? this.#tooMany ?? m.error_check_form()
		});
	}
}
