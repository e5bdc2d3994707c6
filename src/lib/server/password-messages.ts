import type { PasswordProblem } from './auth/password';
import { PASSWORD_MAX, PASSWORD_MIN } from './auth/password';
import { m } from '$lib/paraglide/messages';

export function passwordProblemMessage(problem: PasswordProblem): string {
	switch (problem) {
		case 'empty':
			return m.error_required();
		case 'too_short':
			return m.password_too_short({ min: PASSWORD_MIN });
		case 'too_long':
			return m.password_too_long({ max: PASSWORD_MAX });
		case 'too_common':
			return m.password_too_common();
		case 'like_username':
			return m.password_like_username();
	}
}
