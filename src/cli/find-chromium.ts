/** Says where Chromium is, or in plain words how to install it. */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path';

const found = findChromium() ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : null);
if (found) {
	console.log(`Chromium: ${found}`);
} else {
	console.error(
		[
			'Geen Chromium gevonden voor de browsertests.',
			'Installeer het zo (Debian/Ubuntu):  sudo apt-get install -y chromium',
			'of wijs een eigen Chromium aan:       CHROMIUM_PATH=/pad/naar/chromium npm test',
			'of laat Playwright er een ophalen:    npx playwright install chromium'
		].join('\n')
	);
	process.exit(1);
}
