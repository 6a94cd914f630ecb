/// <reference types="et-jsapi-declare" />
import { createSession } from '../app/session';
import { WpsSheetHost } from '../hosts/wps';
import { mountTaskPane } from '../taskpane/mountTaskPane';

/** The pane's page in WPS 表格: the one place that picks the WPS host for the shared task pane. */
const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
mountTaskPane(container, createSession(new WpsSheetHost(window.Application)));
