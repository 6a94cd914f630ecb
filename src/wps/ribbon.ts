/// <reference types="et-jsapi-declare" />
/**
 * The ribbon's callbacks, named in ribbon.xml and looked up by WPS as globals of the entry page. They
 * stay synchronous: some WPS 12.1 builds drop ribbons whose callbacks return promises.
 */
export const PANE_BUTTON = 'jxzpShowPane';
/** PluginStorage is shared by WPS 文字, 表格 and 演示: the key names the host. */
export const PANE_ID_KEY = 'jxzp.et.taskpaneId';
const PANE_TITLE = '绩效自评助手';
const DOCK_RIGHT: Kso.MsoCTPDockPosition = 2;
const PANE_WIDTH = 360;

export interface RibbonControl {
  readonly Id: string;
}

export type WpsRoot = Pick<WPS.AddonRoot, 'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage'>;

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

/** Shows the pane, hides it when shown; the pane is made once per WPS window and found again by its id. */
function togglePane(app: WpsRoot, paneUrl: string): void {
  const stored = app.PluginStorage.getItem(PANE_ID_KEY);
  if (stored !== undefined && stored !== null && stored !== '') {
    const pane = app.GetTaskPane(Number(stored));
    if (pane) {
      pane.Visible = !pane.Visible;
      return;
    }
  }
  const pane = app.CreateTaskPane(paneUrl, PANE_TITLE);
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = PANE_WIDTH;
  app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

export function ribbonCallbacks(app: WpsRoot, paneUrl: () => string): RibbonCallbacks {
  return {
    OnAddinLoad: () => true,
    OnAction(control) {
      if (control.Id === PANE_BUTTON) togglePane(app, paneUrl());
      return true;
    },
    GetImage: () => 'images/jxzp-32.png',
  };
}
