import type { SubmitFunction } from '@sveltejs/kit';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';

/** After a change is saved, leave edit mode: the address still says ?bewerk=…. */
export const closeAfterSave: SubmitFunction =
	() =>
	async ({ result, update }) => {
		await update();
		if (result.type === 'success' && page.url.searchParams.has('bewerk')) {
			await goto(resolve('/gezinnen/[gezin]/groeiplan', { gezin: page.params.gezin ?? '' }), {
				noScroll: true,
				keepFocus: true
			});
		}
	};
