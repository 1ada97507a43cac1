import { defineConfig } from 'wxt';
import { stripRuleDocs } from './build/strip-rule-docs';
import { CHAT_SITE_MATCHES } from './src/sites';

const PAGE_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  // No module-preload polyfill: it would put a fetch() into the extension pages (DESIGN.md section 6).
  // `npm run size` (scripts/size.ts) builds once more with source maps into a temporary directory.
  outDir: process.env.HU_OUT_DIR || '.output',
  vite: () => ({
    plugins: [stripRuleDocs()],
    build: { modulePreload: { polyfill: false }, sourcemap: process.env.HU_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // storage: settings and weekly counts on this device. activeTab + scripting: the popup may
    // see the current tab's address, and a site the teen switches on gets the content script.
    // Host access comes from the chat sites' content-script matches; any other site only when
    // the teen grants it (optional). Nothing else (DESIGN.md section 6).
    permissions: ['storage', 'activeTab', 'scripting'],
    // The same chat sites the content script runs on, so the popup can tell which chat a tab shows.
    host_permissions: CHAT_SITE_MATCHES,
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'Heads Up' },
    // Extension pages may load only their own code and may connect nowhere (DESIGN.md section 6).
    content_security_policy:
      browser === 'firefox'
        ? `${PAGE_CSP}`
        : { extension_pages: PAGE_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heads-up@headsup.nl',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
