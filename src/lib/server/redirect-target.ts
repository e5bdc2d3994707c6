/** The longest target we follow; anything longer is not a page of ours. */
const MAX_LENGTH = 500;

/**
 * Where to send the browser after a step (login, choosing a language), from a target the user
 * gave. The target is resolved the way a browser resolves it (`new URL`, which also drops tabs and
 * line breaks and reads `\` as `/`), must stay on this origin, and only its path and query are
 * used: never a scheme, host or fragment, and never a path a browser could read as another host.
 */
export function redirectTarget(raw: string | null | undefined, origin: string, fallback = '/'): string {
	if (!raw || raw.length > MAX_LENGTH || !raw.startsWith('/')) return fallback;
	let base: URL;
	let target: URL;
	try {
		base = new URL(origin);
		target = new URL(raw, base);
	} catch {
		return fallback;
	}
	if (target.origin !== base.origin) return fallback;
	const path = target.pathname + target.search;
	// `/.//host` resolves to the path `//host`, which a browser reads as another host.
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
	return path;
}
