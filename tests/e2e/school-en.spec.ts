import { mkdirSync } from 'node:fs';
import { expect, test } from './extension';
import { OUT, POLICY, openPopup, setLocal } from './school';

test.use({ lang: 'en' });

test.describe('school policy', () => {
  test('the popup says what the school set, in English', async ({ context, extensionId }) => {
    await setLocal(context, { sensitivity: 'low' });
    const popup = await openPopup(context, extensionId, POLICY);
    await expect(popup.getByTestId('school')).toContainText('Your school (Da Vinci College) set a few things for you');
    await expect(popup.getByTestId('school')).toContainText('Sensitivity at least: Standard');
    await expect(popup.getByRole('radio', { name: 'Low' })).toBeDisabled();
    await expect(popup.getByRole('radio', { name: 'Standard' })).toBeChecked();
    mkdirSync(OUT, { recursive: true });
    await popup.screenshot({ path: `${OUT}/popup-school-en.png`, fullPage: true });
  });
});
