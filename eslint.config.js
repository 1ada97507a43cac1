// Lint is for the privacy promise only (DESIGN.md section 6, issue 5): extension code may not use
// any API that talks to a network. Style is left to the team; no style rules here.
import tseslint from 'typescript-eslint';

const NO_NETWORK = 'Heads Up never talks to a network (DESIGN.md section 6): no network API in extension code.';

/** Globals that open a connection or load code from elsewhere. */
const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'importScripts',
  'WebTransport',
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
];

/** The same, reached through a global object (`window.fetch`, `self.importScripts`, …). */
const GLOBAL_OBJECTS = ['window', 'self', 'globalThis', 'global', 'frames', 'parent', 'top'];

export const privacyRules = {
  'no-restricted-globals': ['error', ...NETWORK_GLOBALS.map((name) => ({ name, message: NO_NETWORK }))],
  'no-restricted-properties': [
    'error',
    // Any object's sendBeacon: navigator.sendBeacon, window.navigator.sendBeacon, a saved `nav`.
    { property: 'sendBeacon', message: NO_NETWORK },
    ...GLOBAL_OBJECTS.flatMap((object) => NETWORK_GLOBALS.map((property) => ({ object, property, message: NO_NETWORK }))),
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Request']", message: `${NO_NETWORK} (new Request)` },
    { selector: "MemberExpression[computed=true][property.value=/^(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon)$/]", message: NO_NETWORK },
    // import('https://…') or import(someVariable): code may only come from the extension itself.
    { selector: 'ImportExpression[source.type!=/^(Literal|TemplateLiteral)$/]', message: `${NO_NETWORK} (dynamic import of a computed address)` },
    { selector: 'ImportExpression[source.type="TemplateLiteral"][source.expressions.length>0]', message: `${NO_NETWORK} (dynamic import of a computed address)` },
    { selector: 'ImportExpression > Literal[value=/^(https?:|\\/\\/|data:|blob:)/i]', message: `${NO_NETWORK} (dynamic import of a URL)` },
    { selector: 'ImportExpression > TemplateLiteral > TemplateElement[value.raw=/^(https?:|\\/\\/|data:|blob:)/i]', message: `${NO_NETWORK} (dynamic import of a URL)` },
    { selector: 'ImportDeclaration > Literal[value=/^(https?:|\\/\\/)/i]', message: `${NO_NETWORK} (import from a URL)` },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  {
    files: ['src/**/*.{ts,tsx,js,jsx,mts}', 'entrypoints/**/*.{ts,tsx,js,jsx,mts}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // An `eslint-disable` comment cannot switch the privacy rules off.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    rules: privacyRules,
  },
);
