import { escapeControls } from '../../src/cli/terminalText';

describe('escapeControls (the terminal)', () => {
  test('control characters, C1 controls and bidirectional overrides are written visibly; text and line breaks stay', () => {
    expect(escapeControls('局\u001b[2J\u001b]0;t\u0007\r\u009b31m\u202egnp.exe\n第二行\t制表')).toBe(
      '局\\u001B[2J\\u001B]0;t\\u0007\\u000D\\u009B31m\\u202Egnp.exe\n第二行\t制表',
    );
  });

  test('inside a JSON string the escape reads back as the same character', () => {
    const json = escapeControls(JSON.stringify({ unit: 'a\u009bb\u202ec' }));
    expect(JSON.parse(json)).toEqual({ unit: 'a\u009bb\u202ec' });
  });
});
