import { defineConfig } from 'wxt';
import { stripRuleDocs } from './build/strip-rule-docs';
import { CHAT_SITE_MATCHES } from './src/sites';

// The public half of the project's own signing key: every Chrome build that is not uploaded to the
// Web Store (unpacked, self-hosted .crx) gets the same id, ignpmgemaodckondhegjocacfggmnnjk, which
// school policies name (docs/DEPLOY.md). The Web Store refuses a manifest with a key and assigns
// its own id, so `HEADS_UP_STORE=1 npm run build` leaves it out. The private key is never in git.
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxguoECeDawFmL9J17ij1jgGtX1s/bt0wAjg+dQjlfL4pMIgHCiCyfSP0qGTzq1iCHwMlZg9MieFVDd6zX5FkHnS8ReFqwrwL5P1Cp1pSsvPw1Yg+Mw5D9Pw+uEIz1oOrDdFVzmDMs3Tz4EbbtxGlB4uBU1cEFz2+b/fSwaovwhYS+09ORHjbcsxkdEpQsJIl17w614LD9GCmRaCdWChZVBHnLk4P5mcKZBNPVru1FEaGKBQaiI4UMcYDM75rRQF0P3BWrh+6rvBXYqNE2tF/5kZn/tJkt5FwLv93oiEG8LZ5SO8vDTWZqlv/nPdGa7CJLJA8EQKTE3K2MdT82XZsHwIDAQAB';

const PAGE_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

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
    // A school's managed policy (src/settings/managed.ts). Chrome needs its schema declared;
    // Firefox reads policies.json "3rdparty" without one.
    ...(browser === 'firefox'
      ? {}
      : {
          storage: { managed_schema: 'managed_schema.json' },
          ...(process.env.HEADS_UP_STORE === '1' ? {} : { key: CHROME_PUBLIC_KEY }),
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heads-up@headsup.nl',
              // 140 (ESR) is the first Firefox that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
