import type { LayoutServerLoad } from './$types';
import { gezinChrome } from '$lib/server/guard';

/** The chrome of every page of a gezin. Each page still checks access itself (see `gezinChrome`). */
export const load: LayoutServerLoad = (event) => ({ gezin: gezinChrome(event) });
