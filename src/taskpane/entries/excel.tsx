import { mountTaskPane } from '../mountTaskPane';

/**
 * The Excel add-in's page (taskpane.html): the pane paints at once; the core and the Excel host are a
 * chunk of their own, loaded while Office.js starts, and the pane becomes usable when Office is ready.
 */
const container = document.getElementById('container');
if (container) {
  mountTaskPane(
    container,
    import(/* webpackChunkName: "excel-session" */ './excelSession').then((m) => m.excelSession()),
  );
}
