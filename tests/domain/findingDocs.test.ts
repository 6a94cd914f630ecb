import { readFileSync } from 'fs';
import { join } from 'path';
import { FINDING_CODES } from '../../src/domain/findings/codes';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';

describe('finding codes are documented', () => {
  const doc = readFileSync(join(__dirname, '../../docs/findings.md'), 'utf8');
  test.each([...FINDING_CODES])('%s has a row in docs/findings.md with its default severity', (code) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
    expect(row).toBeDefined();
    expect(row?.split('|')[2].trim()).toBe(STANDARD_2020.severities[code]);
  });
});
