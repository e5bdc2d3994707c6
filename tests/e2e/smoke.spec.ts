import { test, expect, login, expectAccessible } from './fixtures';

test('ouder logs in and lands on the gezin', async ({ page }) => {
	await login(page, 'ouder');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Familie De Boer');
	await expectAccessible(page);
});
