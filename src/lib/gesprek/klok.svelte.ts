/**
 * The soft timer of the agenda item now: minutes since it began, by the server's clock (the
 * difference with this device's clock is measured once at load). Ticks every 10 seconds.
 */
export class Klok {
	#nu = $state(Date.now());
	#verschil = 0;

	constructor(serverNu: number) {
		this.sync(serverNu);
	}

	/** A new page load brings the server's time again. */
	sync(serverNu: number): void {
		this.#verschil = serverNu - Date.now();
		this.#nu = serverNu;
	}

	start(): () => void {
		const timer = setInterval(() => (this.#nu = Date.now() + this.#verschil), 10_000);
		return () => clearInterval(timer);
	}

	/** Whole minutes since `sinds` (ms), never below zero. */
	minutenSinds(sinds: number | null): number {
		return sinds === null ? 0 : Math.max(0, Math.floor((this.#nu - sinds) / 60_000));
	}
}
