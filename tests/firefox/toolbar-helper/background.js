/* global browser */
// Asked by the content script: click the toolbar button of message.click while message.expectedUrl is the selected tab.
browser.runtime.onMessage.addListener((message) =>
  message && typeof message.click === 'string' && typeof message.expectedUrl === 'string'
    ? browser.toolbar.click(message.click, message.expectedUrl)
    : undefined,
);
