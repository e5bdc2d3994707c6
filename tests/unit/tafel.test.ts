import { describe, expect, it } from 'vitest';
import { MAX_AAN_TAFEL, tafelWaarschuwingen, type TafelKaart } from '$lib/mensen/tafel';

const kaart = (
	naam: string,
	soort: TafelKaart['soort'],
	rol = 'meedenker',
	bijdrage = 'denkt mee',
	plek: TafelKaart['plek'] = 'aan-tafel'
): TafelKaart => ({ naam, soort, plek, rol, bijdrage });

/** A table the board is happy with: family, network, one professional, a trekker, everyone contributes. */
const goed = () => [
	kaart('Sanne', 'gezin', 'trekker', 'houdt het plan bij'),
	kaart('Oma', 'familie', 'doet-iets', 'past op'),
	kaart('Karin', 'professional', 'meedenker', 'helpt plannen')
];
const soorten = (tafel: TafelKaart[]) => tafelWaarschuwingen(tafel).map((w) => w.soort);

describe('the keukentafel board', () => {
	it('says nothing about a good table', () => {
		expect(tafelWaarschuwingen(goed())).toEqual([]);
	});

	it('warns when the table is too full, and not at exactly the maximum', () => {
		const vol = [
			...goed(),
			...Array.from({ length: MAX_AAN_TAFEL - 3 }, (_, i) => kaart(`Buur ${i}`, 'vrienden-en-buren'))
		];
		expect(vol.filter((k) => k.plek === 'aan-tafel')).toHaveLength(MAX_AAN_TAFEL);
		expect(soorten(vol)).toEqual([]);
		expect(tafelWaarschuwingen([...vol, kaart('Nog een', 'vrijwilliger')])).toContainEqual({
			soort: 'te-vol',
			aantal: MAX_AAN_TAFEL + 1,
			max: MAX_AAN_TAFEL
		});
	});

	it('counts only the people at the table, not those in the background', () => {
		const tafel = [
			...goed(),
			...Array.from({ length: 10 }, (_, i) => kaart(`Achter ${i}`, 'professional', '', '', 'achtergrond'))
		];
		expect(soorten(tafel)).toEqual([]);
	});

	it('warns when nobody from the network sits at the table', () => {
		const zonder = goed().filter((k) => k.soort !== 'familie');
		expect(soorten(zonder)).toContain('geen-netwerk');
		expect(soorten([...zonder, kaart('Juf', 'school-en-werk')])).not.toContain('geen-netwerk');
	});

	it('warns when professionals outnumber family and network together, not when equal', () => {
		const gelijk = [...goed(), kaart('Mark', 'professional')];
		expect(soorten(gelijk)).not.toContain('meer-professionals');
		const meer = [...gelijk, kaart('Ayse', 'professional')];
		expect(tafelWaarschuwingen(meer)).toContainEqual({
			soort: 'meer-professionals',
			professionals: 3,
			gezinEnNetwerk: 2
		});
	});

	it('warns when there is no trekker at the table (a trekker in the background does not count)', () => {
		const geen = goed().map((k) => ({ ...k, rol: k.rol === 'trekker' ? 'meedenker' : k.rol }));
		expect(soorten(geen)).toContain('geen-trekker');
		expect(soorten([...geen, kaart('Karin achter', 'professional', 'trekker', 'x', 'achtergrond')])).toContain(
			'geen-trekker'
		);
	});

	it('names who sits at the table without a role or without a contribution', () => {
		const tafel = [
			...goed(),
			kaart('Buurvrouw', 'vrienden-en-buren', '', 'kookt'),
			kaart('Oom', 'familie', 'meedenker', '  ')
		];
		expect(tafelWaarschuwingen(tafel)).toEqual([
			{ soort: 'zonder-rol', namen: ['Buurvrouw'] },
			{ soort: 'zonder-bijdrage', namen: ['Oom'] }
		]);
	});

	it('an empty table gets the warnings that apply, and nothing breaks', () => {
		expect(soorten([])).toEqual(['geen-netwerk', 'geen-trekker']);
	});
});
