import { mountTaskPane } from '../../../src/taskpane/mountTaskPane';

/**
 * The test page's entry: the pane paints at once; the session (the core and an in-memory workbook
 * holding the example table) is a chunk of its own, loaded after, as the Excel entry does with its host.
 */
const container = document.getElementById('container');
if (container) {
  const session = import(/* webpackChunkName: "session" */ './pageSession').then((m) => m.pageSession());
  mountTaskPane(container, session);
}
