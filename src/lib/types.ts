/** A member of a gezin as pages show them: who, and how they relate to the gezin. */
export interface MemberView {
	accountId: string;
	displayName: string;
	relatie: string;
}
