/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import { findDialog } from './dialog';
import userEvent from '@testing-library/user-event';
import { taskpaneZhCN } from '../../src/i18n/taskpane.zh-CN';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { demoWorkbook } from './demoWorkbook';
import { hardCodedText, OPEN, pseudoLocalise, recordingSession } from './pseudo';

const T = pseudoLocalise(taskpaneZhCN);

// Role queries walk the accessibility tree of every (hidden) part: slow in jsdom, not wrong.
configure({ asyncUtilTimeout: 10_000 });

test('every text the pane shows comes from the catalogue or from the session, in each part and the dialog', async () => {
  // Two forms in the workbook, so that the table picker shows too.
  const demo = await demoWorkbook();
  await demoWorkbook(demo.book);
  const { session, words } = recordingSession(demo.session);
  const services = { copyText: async () => true, saveFile: () => undefined };
  render(<TaskPane session={session} text={T} services={services} today={new Date(2021, 0, 1)} />);
  const user = userEvent.setup();
  const seen: string[] = [];
  const look = () => seen.push(...hardCodedText(document.body, words));

  look();
  await user.click(screen.getByRole('button', { name: T.insert.submit }));
  await screen.findByText((text) => text.startsWith(`${OPEN}已插入工作表`));
  look();

  await user.click(screen.getByRole('tab', { name: T.tabs.check }));
  await user.click(screen.getByRole('button', { name: T.check.run }));
  await screen.findByText((text) => text.startsWith(`${OPEN}已在表格中标记`));
  look();

  await user.click(screen.getByRole('tab', { name: T.tabs.compute }));
  await user.click(screen.getByRole('button', { name: T.compute.suggest }));
  await new Promise((r) => setTimeout(r, 1000));
  const dialog = await findDialog();
  look();
  await user.click(within(dialog).getByRole('button', { name: T.compute.confirm, hidden: true }));
  await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
  look();

  await user.click(screen.getByRole('tab', { name: T.tabs.report }));
  await user.click(screen.getByRole('button', { name: T.report.generate }));
  await screen.findByRole('article');
  await act(async () => {
    await user.click(screen.getByRole('button', { name: T.report.copy }));
  });
  look();

  expect(seen).toEqual([]);
});
