import type { Session } from '../../../src/app/session.types';
import { demoWorkbook } from '../demoWorkbook';

/** The test page's session: the core over an in-memory workbook holding the demo table. */
export async function pageSession(): Promise<Session> {
  return (await demoWorkbook()).session;
}
