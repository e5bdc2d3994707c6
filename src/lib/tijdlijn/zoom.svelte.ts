import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';

/**
 * Zooming and panning the tijdlijn along the time axis with d3-zoom: wheel, pinch, drag, sideways
 * swipes, buttons and keys all drive the one zoom behaviour. The transform (x only) is kept as
 * state, at most once per animation frame, so Svelte redraws the marks where they now belong.
 * d3-zoom is loaded only in the browser, after the drawing has been shown.
 */

export interface ZoomGeometry {
	/** The plot area in viewBox units. */
	left: number;
	right: number;
	/** Full viewBox size. */
	width: number;
	height: number;
	maxZoom: number;
}

type Target = Selection<SVGSVGElement, unknown, null, undefined>;

export class TijdlijnZoom {
	k = $state(1);
	tx = $state(0);
	/** d3-zoom is attached: buttons and keys work. */
	ready = $state(false);

	#behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#sel: Target | null = null;
	#identity: ZoomTransform | null = null;
	readonly #geometry: () => ZoomGeometry;

	constructor(geometry: () => ZoomGeometry) {
		this.#geometry = geometry;
	}

	get canZoomIn() {
		return this.k < this.#geometry().maxZoom - 1e-6;
	}
	get canZoomOut() {
		return this.k > 1 + 1e-6;
	}
	get canEarlier() {
		return this.tx < this.#geometry().left * (1 - this.k) - 0.5;
	}
	get canLater() {
		return this.tx > this.#geometry().right * (1 - this.k) + 0.5;
	}

	/** Runs a zoom method, with a short transition unless the user asked for less motion. */
	#act(fn: (behavior: ZoomBehavior<SVGSVGElement, unknown>, target: Target) => void) {
		if (!this.#behavior || !this.#sel) return;
		const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
		// A transition has the same zoom methods as a selection (d3-transition adds them).
		fn(this.#behavior, reduced ? this.#sel : (this.#sel.transition().duration(250) as unknown as Target));
	}

	zoomBy(factor: number) {
		this.#act((b, t) => b.scaleBy(t, factor));
	}
	/** Pans by a part of the visible window; positive shows earlier. */
	panBy(part: number) {
		const g = this.#geometry();
		this.#act((b, t) => b.translateBy(t, (part * (g.right - g.left)) / this.k, 0));
	}
	reset() {
		const identity = this.#identity;
		if (identity) this.#act((b, t) => b.transform(t, identity));
	}
	/** Centres base-scale x in the window. */
	centreOn(x: number) {
		const g = this.#geometry();
		this.#act((b, t) => b.translateTo(t, x, g.height / 2));
	}

	/** Keys while the drawing has focus: arrows pan, + and − zoom, 0 or Home show everything. */
	onkeydown = (event: KeyboardEvent) => {
		if (!this.ready || event.altKey || event.ctrlKey || event.metaKey) return;
		switch (event.key) {
			case 'ArrowLeft':
				this.panBy(0.2);
				break;
			case 'ArrowRight':
				this.panBy(-0.2);
				break;
			case '+':
			case '=':
				this.zoomBy(2);
				break;
			case '-':
			case '_':
			case '−':
				this.zoomBy(0.5);
				break;
			case '0':
			case 'Home':
				this.reset();
				break;
			default:
				return;
		}
		event.preventDefault();
	};

	/** Keeps d3-zoom's limits in step with the drawing (its size changes with the events). */
	update() {
		const g = this.#geometry();
		const extent: [[number, number], [number, number]] = [
			[g.left, 0],
			[g.right, g.height]
		];
		this.#behavior?.extent(extent).translateExtent(extent).scaleExtent([1, g.maxZoom]);
	}

	/** Attaches d3-zoom to the drawing; resolves when it works. Returns the cleanup. */
	async attach(element: SVGSVGElement, extra: { onfocusin: (event: FocusEvent) => void }): Promise<() => void> {
		const [{ zoom, zoomIdentity, zoomTransform }, { select }] = await Promise.all([
			import('d3-zoom'),
			import('d3-selection'),
			import('d3-transition')
		]);
		let pending: ZoomTransform | null = null;
		let frame = 0;
		const behavior = zoom<SVGSVGElement, unknown>()
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const w = event as WheelEvent;
					return w.ctrlKey || Math.abs(w.deltaY) >= Math.abs(w.deltaX);
				}
				// One finger only pans once zoomed in; before that it scrolls the page as usual.
				if (event.type === 'touchstart')
					return (event as TouchEvent).touches.length > 1 || zoomTransform(element).k > 1;
				return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
			})
			.on('zoom', (event: { transform: ZoomTransform }) => {
				pending = event.transform;
				if (frame) return;
				frame = requestAnimationFrame(() => {
					frame = 0;
					if (!pending) return;
					this.k = pending.k;
					this.tx = pending.x;
					pending = null;
				});
			});
		const sel = select(element);
		sel.call(behavior);
		// A sideways wheel or trackpad swipe pans (d3-zoom only zooms on the wheel).
		const onwheel = (event: WheelEvent) => {
			if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
			const t = zoomTransform(element);
			const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientWidth : 1;
			const perPx = this.#geometry().width / Math.max(1, element.getBoundingClientRect().width);
			const before = t.x;
			behavior.translateBy(sel, (-event.deltaX * unit * perPx) / t.k, 0);
			if (zoomTransform(element).x !== before) event.preventDefault();
		};
		element.addEventListener('wheel', onwheel, { passive: false });
		element.addEventListener('keydown', this.onkeydown);
		element.addEventListener('focusin', extra.onfocusin);
		this.#behavior = behavior;
		this.#sel = sel;
		this.#identity = zoomIdentity;
		this.update();
		this.ready = true;
		return () => {
			if (frame) cancelAnimationFrame(frame);
			element.removeEventListener('wheel', onwheel);
			element.removeEventListener('keydown', this.onkeydown);
			element.removeEventListener('focusin', extra.onfocusin);
			sel.on('.zoom', null);
			sel.interrupt();
			this.#behavior = null;
			this.#sel = null;
			this.ready = false;
		};
	}
}
