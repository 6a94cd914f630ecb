/// <reference types="office-js" />
import { createSession } from '../../app/session';
import type { Session } from '../../app/session.types';
import { connectExcel, EXCEL_API_FLOOR } from '../../hosts/excel';
import { taskpaneZhCN } from '../../i18n/taskpane.zh-CN';

/** The one place that knows the pane is in Excel: Office's globals go in here, a Session comes out. */
export async function excelSession(): Promise<Session> {
  const connection = await connectExcel(Office, Excel.run);
  if (connection.ok) return createSession(connection.host);
  throw new Error(
    connection.reason === 'not-excel'
      ? taskpaneZhCN.entry.notExcel
      : taskpaneZhCN.entry.excelTooOld(EXCEL_API_FLOOR),
  );
}
