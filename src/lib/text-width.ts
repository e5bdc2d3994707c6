/**
 * Estimated width of a text (no DOM on the server), in units of the font size per character: about
 * 0.6 for an ordinary name, more for capitals and wide letters, less for narrow ones. Measured on
 * DejaVu Sans, the widest of the usual system fonts, and rounded up: a label may be a little
 * wider than its text, never narrower. Anything else (other scripts, emoji) counts as 1.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return em * fontSize * (bold ? 1.15 : 1);
}

const NARROW = new Set("iljI|!.,:;'`");
const SMALL = new Set('frt()[]{}/- ');
const WIDE = new Set('mwMW@%ÆŒæœ…');
const LATIN_CAPITAL = /^(?=\p{Lu})\p{Script=Latin}$/u;
const LATIN = /^[\p{Script=Latin}\p{Nd}\p{P}+=<>~^$€£&*#_]$/u;

function charWidth(ch: string): number {
	if (NARROW.has(ch)) return 0.32;
	if (SMALL.has(ch)) return 0.42;
	if (WIDE.has(ch)) return 1;
	if (LATIN_CAPITAL.test(ch)) return 0.8;
	if (LATIN.test(ch)) return 0.64;
	return 1;
}
