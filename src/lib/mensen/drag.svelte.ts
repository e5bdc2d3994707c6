import type { TafelPlek } from '$lib/domain';

/**
 * Dragging cards on the keukentafel with mouse, pen or touch (pointer events, so one code path).
 * A drop presses the card's own "Naar: …" button, so dragging and the buttons are one action with
 * one server check. With touch, only the grip starts a drag, so the page still scrolls.
 */
export class KaartDrag {
	/** The card being dragged, and the area under the pointer (for the eye). */
	dragging = $state<string | null>(null);
	over = $state<TafelPlek | null>(null);

	/** An attachment for one card element. */
	card(id: string, plek: TafelPlek) {
		return (el: HTMLElement) => {
			let start: { x: number; y: number; scrollY: number; pointerId: number } | null = null;
			let last = { x: 0, y: 0 };

			const reset = () => {
				start = null;
				el.style.translate = '';
				if (this.dragging === id) {
					this.dragging = null;
					this.over = null;
				}
			};

			const down = (e: PointerEvent) => {
				if (e.button !== 0 || !(e.target instanceof Element)) return;
				if (e.target.closest('button, a, input, select, textarea, summary, label, details')) return;
				if (e.pointerType !== 'mouse' && !e.target.closest('.grip')) return;
				start = { x: e.clientX, y: e.clientY, scrollY: window.scrollY, pointerId: e.pointerId };
				try {
					el.setPointerCapture(e.pointerId);
				} catch {
					// No active pointer to capture (a synthetic event): moves still reach the card.
				}
				e.preventDefault();
			};

			const move = (e: PointerEvent) => {
				if (!start || e.pointerId !== start.pointerId) return;
				if (this.dragging !== id && Math.hypot(e.clientX - start.x, e.clientY - start.y) < 6) return;
				this.dragging = id;
				last = { x: e.clientX, y: e.clientY };
				// Near the top or bottom of the screen the page scrolls along (one column on a phone).
				const edge = 48;
				if (e.clientY < edge) window.scrollBy(0, -16);
				else if (e.clientY > window.innerHeight - edge) window.scrollBy(0, 16);
				follow();
			};

			/** The card under the pointer, wherever the page has scrolled to since the drag began. */
			const follow = () => {
				if (!start) return;
				el.style.translate = `${last.x - start.x}px ${last.y - start.y + window.scrollY - start.scrollY}px`;
				this.over = areaAt(last.x, last.y);
			};

			const up = (e: PointerEvent) => {
				if (!start || e.pointerId !== start.pointerId) return;
				const target = this.dragging === id ? areaAt(e.clientX, e.clientY) : null;
				reset();
				if (!target || target === plek) return;
				const button = el.querySelector<HTMLButtonElement>(`form.verplaats button[value="${target}"]`);
				button?.form?.requestSubmit(button);
			};

			const key = (e: KeyboardEvent) => {
				if (e.key === 'Escape' && this.dragging === id) reset();
			};

			el.addEventListener('pointerdown', down);
			el.addEventListener('pointermove', move);
			el.addEventListener('pointerup', up);
			el.addEventListener('pointercancel', reset);
			window.addEventListener('keydown', key);
			return () => {
				el.removeEventListener('pointerdown', down);
				el.removeEventListener('pointermove', move);
				el.removeEventListener('pointerup', up);
				el.removeEventListener('pointercancel', reset);
				window.removeEventListener('keydown', key);
			};
		};
	}
}

/** The board area under a point on the screen, if any. */
function areaAt(x: number, y: number): TafelPlek | null {
	for (const area of document.querySelectorAll<HTMLElement>('[data-plek]')) {
		const r = area.getBoundingClientRect();
		if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return area.dataset.plek as TafelPlek;
	}
	return null;
}
