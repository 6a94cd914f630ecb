/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { FakeSession } from '../fakes/session/fakeSession';

test('renders', async () => {
  render(<TaskPane session={new FakeSession(true, () => [])} today={new Date(2021, 2, 1)} />);
  expect(screen.getByRole('tab', { name: '插入模板' })).toBeTruthy();
});
