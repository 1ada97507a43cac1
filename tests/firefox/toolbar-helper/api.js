/* global ExtensionAPI, ChromeUtils, Services, WebExtensionPolicy */
// Parent-process side of the test helper: Firefox's own triggerAction, as a real toolbar click.
this.toolbar = class extends ExtensionAPI {
  getAPI() {
    return {
      toolbar: {
        async click(addonId, expectedUrl) {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const window = Services.wm.getMostRecentWindow('navigator:browser');
          const selected = window.gBrowser.selectedBrowser.currentURI.spec;
          if (selected !== expectedUrl) throw new Error(`the selected tab is ${selected}, not ${expectedUrl}`);
          const action = ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(addonId).extension);
          action.triggerAction(window);
          const popup = () => window.document.querySelector('browser[webextension-view-type="popup"]');
          for (let i = 0; i < 100 && !(popup() && popup().currentURI.spec.endsWith('/popup.html')); i++) {
            await new Promise((done) => window.setTimeout(done, 100));
          }
          const shown = popup() ? popup().currentURI.spec : '';
          if (shown) action.triggerAction(window); // a second click closes it
          return shown;
        },
      },
    };
  }
};
