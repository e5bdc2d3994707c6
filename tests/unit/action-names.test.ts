/**
 * The HTTP authorization matrix (tests/e2e/authz.spec.ts) finds every form action by reading the
 * +page.server.ts sources with `parseActionNames`: if it missed one, that action would go untested
 * without anyone noticing. These sources are written the ways our routes write them.
 */
import { describe, expect, it } from 'vitest';
import { listRoutes, parseActionNames, routeOfPath } from '../e2e/routes';

describe('parseActionNames', () => {
	it('reads the keys of `actions = { … } satisfies Actions`', () => {
		const source = `
import type { Actions } from './$types';
export const actions = {
	toevoegen: async (event) => {
		const { ctx, form, refusal } = await begin(event, requireX, (ctx) => ctx.mayEdit);
		if (refusal) return refusal;
		return { saved: { message: 'ok' } };
	},
	'b-c': async () => ({ done: true }),
	d,
} satisfies Actions;
`;
		expect(parseActionNames(source)).toEqual(['toevoegen', 'b-c', 'd']);
	});

	it('reads the keys of `actions: Actions = { … }` the same way', () => {
		const source = `export const actions: Actions = {\n\tbewaren: async () => {},\n\tverwijderen: async () => {}\n};`;
		expect(parseActionNames(source)).toEqual(['bewaren', 'verwijderen']);
	});

	it('sees only the top-level keys: not those of nested objects, arrays or calls', () => {
		const source = `
export const actions = {
	bewaren: async (event) => {
		const x = { nietDit: 1, ookNiet: [{ nee: 2 }] };
		call({ evenmin: 3 }, (a, b) => a + b);
		return { saved: { message: x } };
	},
	verwijderen: async () => ({ removed: { id: '1' } })
} satisfies Actions;`;
		expect(parseActionNames(source)).toEqual(['bewaren', 'verwijderen']);
	});

	it('is not fooled by braces, commas and keys inside strings and comments', () => {
		const source = `
export const actions = {
	// weg: async () => {}, a commented-out action is no action
	/* ook: async () => { */
	toevoegen: async () => {
		const s = '}, nep: async () => {';
		const t = "}, nep2: () => ({";
		return { message: s + t };
	},
	/** A doc comment before a key. */
	"met-streep": async () => ({}),
	'en,komma': async () => ({})
} satisfies Actions;`;
		expect(parseActionNames(source)).toEqual(['toevoegen', 'met-streep', 'en,komma']);
	});

	it('reads method syntax and the default action', () => {
		const source = `export const actions = {\n\tasync default(event) { return {}; },\n\tbegin(event) { return {}; }\n} satisfies Actions;`;
		expect(parseActionNames(source)).toEqual(['default', 'begin']);
	});

	it('finds the object after a typed declaration spread over lines, and nothing without actions', () => {
		expect(
			parseActionNames('export const actions =\n\t{ vaststellen: async () => ({}) }\n\tsatisfies Actions;')
		).toEqual(['vaststellen']);
		expect(parseActionNames('export const load = () => ({ a: 1 });')).toEqual([]);
		expect(parseActionNames('const actions = { a: 1 };')).toEqual([]);
	});

	it('finds a form action in every +page.server.ts of the app that has actions', () => {
		const withActions = listRoutes().filter((r) => r.actions.length > 0);
		expect(withActions.length).toBeGreaterThan(5);
		expect(withActions.find((r) => r.id === '/gezinnen/[gezin]/toegang')?.actions).toEqual(
			expect.arrayContaining(['toevoegen', 'verwijderen', 'toestaan', 'weigeren', 'beeindigen'])
		);
	});
});

describe('routeOfPath', () => {
	const routes = [
		{ id: '/' },
		{ id: '/gezinnen/[gezin]' },
		{ id: '/gezinnen/[gezin]/tijdlijn/[gebeurtenis]' },
		{ id: '/gezinnen/[gezin]/tijdlijn/afdrukken' }
	];
	it('picks the route SvelteKit would: a static segment before a parameter', () => {
		expect(routeOfPath('/', routes)?.id).toBe('/');
		expect(routeOfPath('/gezinnen/abc', routes)?.id).toBe('/gezinnen/[gezin]');
		expect(routeOfPath('/gezinnen/abc/tijdlijn/afdrukken?formaat=a3', routes)?.id).toBe(
			'/gezinnen/[gezin]/tijdlijn/afdrukken'
		);
		expect(routeOfPath('/gezinnen/abc/tijdlijn/xyz', routes)?.id).toBe('/gezinnen/[gezin]/tijdlijn/[gebeurtenis]');
		expect(routeOfPath('/bestaat/niet', routes)).toBeUndefined();
	});
});
