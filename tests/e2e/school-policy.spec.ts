import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NUDGE, expect, fixture, launchChromium, serviceWorker, test } from './extension';
import { OUT } from './school';

// The real path, end to end: a school policy in Chromium's managed policy folder reaches
// storage.managed, the popup and the nudge. It writes to /etc (root only) and every Chromium on
// the machine reads that folder, and every build of this branch has the same id; so it runs only
// when asked: HEADS_UP_POLICY_E2E=1 (CI, a throwaway machine). It removes its file when done.
const ID = 'ignpmgemaodckondhegjocacfggmnnjk';
const POLICIES = '/etc/chromium/policies';
const FILE = join(POLICIES, 'managed', 'heads-up-e2e.json');

test.skip(!process.env.HEADS_UP_POLICY_E2E, 'writes Chromium policy under /etc: set HEADS_UP_POLICY_E2E=1');

test('a school policy file reaches the popup and the nudge; its invalid values are ignored', async () => {
  const createdRoot = !existsSync(POLICIES);
  mkdirSync(join(POLICIES, 'managed'), { recursive: true });
  writeFileSync(
    FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [ID]: {
            schoolName: 'Da Vinci College',
            minimumSensitivity: 'extreme', // not in the schema: Chrome drops it
            helpContact: { name: 'Mevrouw Jansen', url: 'javascript:alert(1)', phone: '010-123 4567' }, // the url is dropped by Heads Up
            alwaysOnSites: ['web.whatsapp.com', 'http://insecure.example.nl'],
          },
        },
      },
    }),
  );
  let profile: string | undefined;
  try {
    const launched = await launchChromium('nl', { prefix: 'heads-up-policy-' });
    const context = launched.context;
    profile = launched.profile;
    try {
      const html = fixture('whatsapp.html');
      await context.route(/^https?:\/\//, (route) =>
        route.request().url().startsWith('https://web.whatsapp.com/') ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort(),
      );
      const worker = await serviceWorker(context);
      expect(new URL(worker.url()).host).toBe(ID);

      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${ID}/popup.html`);
      await expect(popup.getByTestId('school')).toContainText('Je school (Da Vinci College)');
      await expect(popup.getByTestId('school')).toContainText('Altijd aan op: web.whatsapp.com');
      await expect(popup.getByTestId('school-minimum')).toHaveCount(0);

      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 760 });
      await page.goto('https://web.whatsapp.com/');
      await page.waitForFunction(() => 'chat' in window);
      await page.evaluate(() => (window as unknown as { chat: { receive(t: string): void } }).chat.receive('ben je alleen thuis?'));
      await expect(page.locator(NUDGE)).toHaveCount(1);
      // The school's row is in the closed shadow root: read it through the DevTools protocol.
      const cdp = await context.newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const text = JSON.stringify(root);
      expect(text).toContain('Mevrouw Jansen');
      expect(text).toContain('tel:0101234567');
      expect(text).not.toContain('javascript:');
      await page.waitForTimeout(400);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}/nudge-school-nl.png` });
    } finally {
      await context.close();
    }
  } finally {
    rmSync(FILE, { force: true });
    if (createdRoot) rmSync(POLICIES, { recursive: true, force: true });
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
});
