import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/**
 * Reads a submitted form field by field. Every problem becomes a Dutch (or English) message on
 * that field, and everything typed (except secrets) goes back so nothing is lost.
 */
export class FormInput {
	readonly errors: Record<string, string> = {};
	readonly values: Record<string, string> = {};

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

	/** Several values of a fixed set (checkboxes). */
	choices<T extends string>(name: string, options: readonly T[]): T[] {
		const picked: T[] = [];
		for (const value of this.data.getAll(name)) {
			if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
				this.errors[name] = m.error_choose();
				continue;
			}
			if (!picked.includes(value as T)) picked.push(value as T);
		}
		this.values[name] = picked.join(',');
		return picked;
	}

	/** Every string value sent under this name, unchecked (for ids that are checked later). */
	rawAll(name: string): string[] {
		return this.data.getAll(name).filter((v): v is string => typeof v === 'string');
	}

	error(name: string, message: string): void {
		this.errors[name] ??= message;
	}

	get ok(): boolean {
		return Object.keys(this.errors).length === 0;
	}

	/** A 400 with the messages and the kept values, for the page to show. */
	fail(message?: string, status = 400) {
		return fail(status, { errors: this.errors, values: this.values, message: message ?? m.error_check_form() });
	}
}
