/**
 * axe and the header checks visit the pages of `everyPage()` (pages.ts), a list kept by hand: this
 * checks it against the pages src/routes really has, both ways, so a new page is never left
 * unchecked and a page that is gone does not linger in the list.
 */
import { test, expect } from './fixtures';
import { everyPage } from './pages';
import { listRoutes, routeOfPath } from './routes';

test('every page route is in the axe page list, and every page in the list is a page route', () => {
	const pages = listRoutes().filter((r) => r.page);
	expect(pages.length, 'page routes found under src/routes').toBeGreaterThan(0);
	const listed = everyPage().map(([, path]) => ({ path, route: routeOfPath(path, pages) }));
	const notAPage = listed.filter((p) => !p.route).map((p) => p.path);
	expect(notAPage, 'paths in everyPage() that no page route serves').toEqual([]);
	const covered = new Set(listed.map((p) => p.route?.id));
	const missing = pages.filter((r) => !covered.has(r.id)).map((r) => r.id);
	expect(missing, 'add these pages to everyPage() in tests/e2e/pages.ts').toEqual([]);
});
