/// <reference types="et-jsapi-declare" />
import { ribbonCallbacks } from './ribbon';

/**
 * The entry page's script (index.html): WPS finds the ribbon's callbacks as globals of this page. The
 * pane's page sits beside it, whether the add-in is served from an intranet server or copied to jsaddons.
 */
const callbacks = ribbonCallbacks(
  window.Application,
  () => new URL('taskpane.html', document.location.href).href,
);
Object.assign(window, callbacks);
