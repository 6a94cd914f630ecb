import type { Session } from '../../../src/app/session.types';
import { DEMO_CHANGES, DEMO_REPORT, demoTable } from '../../fakes/session/demoTable';
import { FakeSession } from '../../fakes/session/fakeSession';

export async function pageSession(): Promise<Session> {
  const session = new FakeSession(true, (cells) => [demoTable(cells)], DEMO_CHANGES, DEMO_REPORT);
  session.cells.set('G7', 6);
  return session;
}
