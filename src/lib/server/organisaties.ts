import { asc, eq } from 'drizzle-orm';
import { getDb } from './db';
import { organisatie, type OrganisatieSoort } from './db/schema';
import { newId } from './ids';

export function listOrganisaties() {
	return getDb().select().from(organisatie).orderBy(asc(organisatie.naam)).all();
}

export function organisatieNaamTaken(naam: string): boolean {
	return !!getDb().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.naam, naam.trim())).get();
}

export function organisatieExists(id: string): boolean {
	return !!getDb().select({ id: organisatie.id }).from(organisatie).where(eq(organisatie.id, id)).get();
}

export function createOrganisatie(naam: string, soort: OrganisatieSoort): string {
	const id = newId();
	getDb().insert(organisatie).values({ id, naam: naam.trim(), soort, createdAt: new Date() }).run();
	return id;
}
