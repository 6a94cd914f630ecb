import { waitFor } from '@testing-library/react';

/**
 * The open confirmation dialog. Under jsdom, tabster's modalizer can leave `aria-hidden` on the dialog
 * itself (microsoft/fluentui#35139 and its kin), which hides it from role queries; the Chromium
 * screenshot test checks the real accessibility tree, so here it is found by its role attribute and
 * its contents queried with `hidden: true`.
 */
export async function findDialog(): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('[role="alertdialog"]');
    if (!dialog) throw new Error('no dialog open');
    return dialog;
  });
}
