/* global browser */
// A page on 127.0.0.1 asks with postMessage({ toolbarHelper: '<add-on id>', expectedUrl: location.href });
// the answer (the popup's address, or an error) comes back the same way.
window.addEventListener('message', (event) => {
  if (event.source !== window || !event.data || typeof event.data.toolbarHelper !== 'string') return;
  browser.runtime.sendMessage({ click: event.data.toolbarHelper, expectedUrl: String(event.data.expectedUrl) }).then(
    (shown) => window.postMessage({ toolbarHelperShown: shown }, '*'),
    (error) => window.postMessage({ toolbarHelperError: String(error) }, '*'),
  );
});
