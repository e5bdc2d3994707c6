import type { SubmitFunction } from '@sveltejs/kit';

/** A new language re-renders everything: after the switch, load the page the server sends us to. */
export const reloadAfterLanguage: SubmitFunction =
	() =>
	({ result }) => {
		if (result.type === 'redirect') window.location.assign(result.location);
	};
