/**
 * The soft timer of the agenda item now: minutes since it began, by the server's clock (the
 * difference with this device's clock is measured once at load). Ticks every 10 seconds.
 */
export class PuntClock {
	#now = $state(Date.now());
	#offset = 0;

	constructor(serverNow: number) {
		this.sync(serverNow);
	}

	/** A new page load brings the server's time again. */
	sync(serverNow: number): void {
		this.#offset = serverNow - Date.now();
		this.#now = serverNow;
	}

	start(): () => void {
		const timer = setInterval(() => (this.#now = Date.now() + this.#offset), 10_000);
		return () => clearInterval(timer);
	}

	/** Whole minutes since `sinds` (ms), never below zero. */
	minutesSince(sinds: number | null): number {
		return sinds === null ? 0 : Math.max(0, Math.floor((this.#now - sinds) / 60_000));
	}
}
