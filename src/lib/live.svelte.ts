import { invalidateAll } from '$app/navigation';

/**
 * One EventSource per tab for one topic. When someone else changes something, the page data is
 * loaded again (through the same access checks as any load) — unless this person is typing in
 * a form, then the page says so and waits for a click, so nothing typed is lost. A change says only
 * whether it was this person's own (`eigen`: their own tab ignores the echo), never who or when.
 * Streams that count who is looking also send "presence": the people looking now.
 */
export class Live {
	/** Someone else changed something while a form here was being filled in. */
	pending = $state(false);
	/** A short message for the screen reader and the eye. */
	message = $state('');
	connected = $state(false);
	/** Who is looking right now (this person included), when the stream tells. */
	people = $state<Array<{ id: string; name: string }>>([]);

	#dirty = false;
	readonly #url: string;
	readonly #updatedText: string;

	constructor(url: string, updatedText: string) {
		this.#url = url;
		this.#updatedText = updatedText;
	}

	start(): () => void {
		const source = new EventSource(this.#url);
		source.addEventListener('open', () => (this.connected = true));
		source.addEventListener('error', () => (this.connected = false));
		source.addEventListener('presence', (event) => {
			this.people = (
				JSON.parse((event as MessageEvent<string>).data) as { people: Array<{ id: string; name: string }> }
			).people;
		});
		source.addEventListener('change', (event) => {
			const change = JSON.parse((event as MessageEvent<string>).data) as { eigen?: boolean };
			if (change.eigen) return;
			if (this.#dirty) this.pending = true;
			else void this.refresh();
		});
		const onInput = () => (this.#dirty = true);
		const onSubmit = () => (this.#dirty = false);
		document.addEventListener('input', onInput);
		document.addEventListener('submit', onSubmit);
		return () => {
			document.removeEventListener('input', onInput);
			document.removeEventListener('submit', onSubmit);
			source.close();
		};
	}

	async refresh(): Promise<void> {
		this.pending = false;
		this.#dirty = false;
		await invalidateAll();
		this.message = this.#updatedText;
	}
}
