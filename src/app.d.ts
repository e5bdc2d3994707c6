import type { ActiveSession, SessionAccount } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			account: SessionAccount | null;
			session: ActiveSession | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
