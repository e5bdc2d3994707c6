import QRCode from 'qrcode';

/** A QR code as one SVG path (1 unit per module), for Svelte to render without {@html}. */
export function qrPath(text: string): { size: number; path: string } {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const { size } = qr.modules;
	let path = '';
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			if (qr.modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
		}
	}
	return { size, path };
}
