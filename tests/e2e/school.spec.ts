import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, expect, test } from './extension';
import { OUT, POLICY, openPopup, setLocal, stubManaged, whatsappTab, type Stub } from './school';

// A school's managed policy, as the popup shows it (see school.ts for how storage.managed is given).
test.describe('school policy', () => {
  test('the popup says what the school set, and the teen cannot go below its minimum', async ({ context, extensionId }) => {
    await setLocal(context, { sensitivity: 'low' });
    const popup = await openPopup(context, extensionId, POLICY);
    const school = popup.getByTestId('school');
    await expect(school).toContainText('Je school (Da Vinci College) heeft een paar dingen voor je ingesteld');
    await expect(school).toContainText('Gevoeligheid minstens: Normaal');
    await expect(school).toContainText('Altijd aan op: web.whatsapp.com');
    await expect(school).toContainText('Je school kan je chats en je seintjes niet zien');
    // The teen chose low; the school's minimum applies, and low cannot be picked.
    await expect(popup.getByRole('radio', { name: 'Laag' })).toBeDisabled();
    await expect(popup.getByRole('radio', { name: 'Normaal' })).toBeChecked();
    await popup.getByRole('radio', { name: 'Hoog' }).check();
    await expect(popup.getByRole('radio', { name: 'Hoog' })).toBeChecked();
    mkdirSync(OUT, { recursive: true });
    await popup.screenshot({ path: `${OUT}/popup-school-nl.png`, fullPage: true });
  });

  test('the popup follows a policy change at once', async ({ context, extensionId }) => {
    await setLocal(context, { sensitivity: 'standard' });
    const popup = await openPopup(context, extensionId, {});
    await expect(popup.getByTestId('school')).toHaveCount(0);
    await expect(popup.getByRole('radio', { name: 'Laag' })).toBeEnabled();
    await popup.evaluate(() => (globalThis as unknown as { __school: Stub }).__school.fire({ schoolName: 'Da Vinci College', minimumSensitivity: 'high' }));
    await expect(popup.getByTestId('school')).toContainText('Gevoeligheid minstens: Hoog');
    await expect(popup.getByRole('radio', { name: 'Normaal' })).toBeDisabled();
    await expect(popup.getByRole('radio', { name: 'Hoog' })).toBeChecked();
    // The school lifts it again: the teen's own choice is back.
    await popup.evaluate(() => (globalThis as unknown as { __school: Stub }).__school.fire({}));
    await expect(popup.getByTestId('school')).toHaveCount(0);
    await expect(popup.getByRole('radio', { name: 'Normaal' })).toBeChecked();
  });

  test('a broken policy: the popup still works, the valid field still counts', async ({ context, extensionId }) => {
    await setLocal(context, { sensitivity: 'low' });
    const garbage = {
      schoolName: 'Da Vinci College',
      minimumSensitivity: 42,
      helpContact: [{ name: 'x' }],
      alwaysOnSites: 'web.whatsapp.com',
      reportToParents: true,
      nested: { deep: [{ junk: null }] },
    };
    const errors: string[] = [];
    const popup = await context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await stubManaged(popup, garbage);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('school')).toContainText('Je school (Da Vinci College)');
    await expect(popup.getByTestId('school-minimum')).toHaveCount(0);
    await expect(popup.getByRole('radio', { name: 'Laag' })).toBeEnabled();
    await expect(popup.getByRole('radio', { name: 'Laag' })).toBeChecked();

    // A policy that is not even an object: no school notice, nothing thrown.
    await popup.evaluate(() => (globalThis as unknown as { __school: Stub }).__school.fire(['not', 'an', 'object']));
    await expect(popup.getByTestId('school')).toHaveCount(0);
    await expect(popup.getByRole('switch')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('on an always-on site the teen cannot switch Heads Up off', async ({ context, extensionId }) => {
    await setLocal(context, { enabled: false, disabledSites: ['whatsapp'] });
    const tabId = await whatsappTab(context);
    const popup = await openPopup(context, extensionId, POLICY, `?tab=${tabId}`);
    const site = popup.getByTestId('site');
    await expect(site).toHaveAttribute('data-status', 'supported');
    await expect(site).toContainText('Je school houdt Heads Up aan op deze site.');
    await expect(site.getByRole('button')).toHaveCount(0);
    await popup.screenshot({ path: `${OUT}/popup-school-site-nl.png`, fullPage: true });

    // Without the school's list the teen's own "off" for this site is back, with its button.
    await popup.evaluate(() => (globalThis as unknown as { __school: Stub }).__school.fire({ schoolName: 'Da Vinci College' }));
    await expect(site).toHaveCount(0); // Heads Up itself is switched off by the teen
    await popup.getByRole('switch').click();
    await expect(popup.getByTestId('site')).toHaveAttribute('data-status', 'site-off');
    await expect(popup.getByTestId('site').getByRole('button')).toBeVisible();
  });
});

test.describe('the Chrome build', () => {
  const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  test('has the stable id that docs/DEPLOY.md names, from the public key only', () => {
    const key = manifest().key as string;
    const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe('ignpmgemaodckondhegjocacfggmnnjk');
    expect(readFileSync(resolve(EXTENSION_DIR, '../../docs/DEPLOY.md'), 'utf8')).toContain(id);
    expect(key).not.toMatch(/PRIVATE/);
  });

  test('declares a managed schema Chrome accepts, with exactly the keys Heads Up reads', () => {
    const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, manifest().storage.managed_schema), 'utf8'));
    // Chrome: the top level is an object without additionalProperties; every schema has a type.
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const everyHasType = (node: { type?: string; properties?: object; items?: object }): boolean =>
      typeof node.type === 'string' &&
      Object.values(node.properties ?? {}).every(everyHasType) &&
      (node.items ? everyHasType(node.items) : true);
    expect(everyHasType(schema)).toBe(true);
    expect(Object.keys(schema.properties).sort()).toEqual(['alwaysOnSites', 'helpContact', 'minimumSensitivity', 'schoolName']);
    expect(Object.keys(schema.properties.helpContact.properties).sort()).toEqual(['hours', 'name', 'phone', 'url']);
    expect(schema.properties.minimumSensitivity.enum).toEqual(['low', 'standard', 'high']);
  });
});
