import { expect, test } from './extension';

// The extension speaks English when the browser is not Dutch.
test.use({ lang: 'en' });

test('the welcome page and the popup speak English', async ({ freshContext: context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const welcome =
    context.pages().find((p) => p.url().includes('/welcome.html')) ??
    (await context.waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html') }));
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Hi, this is Heads Up');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('radio', { name: 'Standard' })).toBeChecked();
  await expect(popup.getByText('Clear signs, and a pattern of smaller ones. Recommended.')).toBeVisible();
});
