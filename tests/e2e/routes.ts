/**
 * Lists what src/routes serves, straight from the file system, so a test can check that every
 * route, form action and endpoint method has been thought about (see authz.spec.ts).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));

export interface RouteInfo {
	/** Route id without route groups, e.g. `/gezinnen/[gezin]/toegang`. */
	id: string;
	/** Directory, relative to src/routes ('' for the root). */
	dir: string;
	/** Has a page (answers GET with HTML). */
	page: boolean;
	/** Named form actions of +page.server.ts; `default` is the plain POST. */
	actions: string[];
	/** HTTP methods exported by +server.ts. */
	endpointMethods: string[];
	/** Dynamic parameters in the path, e.g. ['gezin']. */
	params: string[];
}

const PAGE_FILES = ['+page.svelte', '+page.ts', '+page.js', '+page.server.ts', '+page.server.js'];
const PAGE_SERVER_FILES = ['+page.server.ts', '+page.server.js'];
const ENDPOINT_FILES = ['+server.ts', '+server.js'];

/** `a/(group)/[x]` → `/a/[x]`. */
export function routeIdOf(dir: string): string {
	const segments = dir
		.split(sep)
		.join('/')
		.split('/')
		.filter((s) => s !== '' && !/^\(.*\)$/.test(s));
	return '/' + segments.join('/');
}

/** Every route under src/routes (or `root`), sorted by id. */
export function listRoutes(root = ROUTES_DIR): RouteInfo[] {
	const found: RouteInfo[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir, { withFileTypes: true });
		const files = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
		const page = PAGE_FILES.some((f) => files.has(f));
		const endpoint = ENDPOINT_FILES.find((f) => files.has(f));
		if (page || endpoint) {
			const rel = relative(root, dir);
			const id = routeIdOf(rel);
			const server = PAGE_SERVER_FILES.find((f) => files.has(f));
			found.push({
				id,
				dir: rel,
				page,
				actions: server ? parseActionNames(readFileSync(join(dir, server), 'utf8')) : [],
				endpointMethods: endpoint ? parseEndpointMethods(readFileSync(join(dir, endpoint), 'utf8')) : [],
				params: [...id.matchAll(/\[+(?:\.\.\.)?([\w]+)(?:=[\w]+)?\]+/g)].map((m) => m[1]!)
			});
		}
		for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
	};
	if (existsSync(root)) walk(root);
	return found.sort((a, b) => a.id.localeCompare(b.id));
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const COMMENTS_AND_STRINGS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

/** The same text with comments blanked out (same length, newlines kept). */
function withoutComments(code: string): string {
	return code.replace(COMMENTS_AND_STRINGS, (match) => (match.startsWith('/') ? blank(match) : match));
}

/** …and also the insides of '…' and "…" strings, so braces in them do not count. */
function mask(code: string): string {
	return code.replace(COMMENTS_AND_STRINGS, (match) =>
		match.startsWith('/') ? blank(match) : match[0] + blank(match.slice(1, -1)) + match[0]
	);
}

/**
 * Keys of `export const actions = { … }`: `name: …`, `'name': …`, `name(…) {…}`, `async name(…)`
 * and the shorthand `name,`. Only keys at the top level of that object count.
 */
export function parseActionNames(source: string): string[] {
	const masked = mask(source);
	const text = withoutComments(source);
	const start = masked.search(/export\s+const\s+actions\b/);
	if (start < 0) return [];
	const open = masked.indexOf('{', masked.indexOf('=', start));
	if (open < 0) return [];
	const segments: string[] = [];
	let current = '';
	let depth = 0;
	for (let i = open; i < masked.length; i++) {
		const c = masked[i]!;
		if ('{[('.includes(c)) {
			depth += 1;
			if (depth === 2) current += c;
			continue;
		}
		if ('}])'.includes(c)) {
			depth -= 1;
			if (depth === 0) break;
			continue;
		}
		if (depth !== 1) continue;
		if (c === ',') {
			segments.push(current);
			current = '';
		} else {
			current += text[i];
		}
	}
	segments.push(current);
	const names: string[] = [];
	for (const segment of segments) {
		const m = /^\s*(?:async\s+)?\*?\s*(?:(['"])(.+?)\1|([A-Za-z_$][\w$]*))\s*(?:[:(]|$)/.exec(segment);
		const name = m?.[2] ?? m?.[3];
		if (name && !names.includes(name)) names.push(name);
	}
	return names;
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

/** HTTP method handlers exported by a +server.ts. */
export function parseEndpointMethods(source: string): string[] {
	const masked = mask(source);
	const names = new Set<string>();
	for (const m of masked.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g))
		names.add(m[1]!);
	for (const m of masked.matchAll(/export\s*\{([^}]*)\}/g)) {
		for (const part of m[1]!.split(',')) {
			const name = part
				.trim()
				.split(/\s+as\s+/)
				.pop();
			if (name) names.add(name);
		}
	}
	return HTTP_METHODS.filter((method) => names.has(method));
}

/**
 * The route that serves `path` (a concrete path, a query allowed), as SvelteKit picks it: of the
 * routes whose pattern matches, the one with the fewest parameters (`tijdlijn/afdrukken` before
 * `tijdlijn/[gebeurtenis]`). Undefined when none matches.
 */
export function routeOfPath<R extends Pick<RouteInfo, 'id'>>(path: string, routes: readonly R[]): R | undefined {
	const pathname = path.split(/[?#]/)[0]!.replace(/(.)\/$/, '$1');
	const matching = routes.filter((r) => {
		const pattern = r.id
			.split('/')
			.map((s) =>
				/^\[\.\.\.\w+\]$/.test(s) ? '.*' : /^\[\w+(=\w+)?\]$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|\\]/g, '\\$&')
			)
			.join('/');
		return new RegExp(`^${pattern === '' ? '/' : pattern}$`).test(pathname);
	});
	const dynamic = (r: R) => (r.id.match(/\[/g) ?? []).length;
	return matching.sort((a, b) => dynamic(a) - dynamic(b))[0];
}
