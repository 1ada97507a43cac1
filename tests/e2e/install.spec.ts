import { expect, test } from './extension';

test.describe('in a Dutch browser', () => {
  test('the welcome page opens once on install, in Dutch, with the privacy promise', async ({ freshContext: context }) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const welcome =
      context.pages().find((p) => p.url().includes('/welcome.html')) ??
      (await context.waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html') }));
    expect(welcome.url()).toBe(`chrome-extension://${extensionId}/welcome.html`);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Hoi, dit is Heads Up');
    await expect(welcome.getByRole('heading', { name: 'Niets verlaat je apparaat' })).toBeVisible();
    await expect(welcome.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(welcome.getByRole('link', { name: 'Chat anoniem met Fier' })).toHaveAttribute('href', 'https://www.chatmetfier.nl');
  });

  test('the popup switches Heads Up off and pauses it for an hour', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const toggle = popup.getByRole('switch', { name: 'Heads Up aan- of uitzetten' });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(popup.getByText('Heads Up staat aan')).toBeVisible();
    await expect(popup.getByTestId('help-link')).toHaveAttribute('href', 'https://www.chatmetfier.nl');
    await popup.getByRole('button', { name: '1 uur pauzeren' }).click();
    await expect(popup.getByText(/Gepauzeerd tot \d\d:\d\d/)).toBeVisible();
    await popup.getByRole('button', { name: 'Weer aanzetten' }).click();
    await expect(popup.getByRole('button', { name: '1 uur pauzeren' })).toBeVisible();
    await toggle.click();
    await expect(popup.getByText('Heads Up staat uit')).toBeVisible();
    // The choice survives closing and reopening the popup.
    await popup.reload();
    await expect(popup.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  });
});
