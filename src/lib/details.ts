/**
 * Attributes for a `<details>` that must open at times (a form that came back with messages):
 * `<details {...openWhen(wanted)}>`. While `wanted` it is open; when `wanted` turns false it closes;
 * otherwise it stays as the person left it.
 *
 * Not `open={wanted}` and not `bind:open`: both set the element's `open` when the page hydrates. A tap
 * on the summary before the script has loaded opens the details natively, and hydration closed it
 * again a moment later, with the form the person had started to fill in. A spread touches only the
 * keys it has, so at hydration `{}` leaves the details alone.
 */
export function openWhen(wanted: boolean): { open?: true } {
	return wanted ? { open: true } : {};
}
