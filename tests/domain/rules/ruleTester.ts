import { finalizeFindings } from '../../../src/domain/check/checkTable';
import type { Rule } from '../../../src/domain/check/rule';
import type { Draft } from '../../../src/domain/findings/finding';
import { createTable, type TableInput } from '../../../src/domain/model';
import type { Profile } from '../../../src/domain/profiles/profile';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { scoreTable } from '../../../src/domain/score/scoreTable';
import { findingMessage } from '../../../src/i18n/findings.zh-CN';

export interface ValidCase {
  readonly name: string;
  readonly table: TableInput;
  readonly profile?: Profile;
}

export interface InvalidCase extends ValidCase {
  /** Exactly the drafts the rule must give, in order. */
  readonly drafts: readonly Draft[];
}

/** What no sentence may contain: a placeholder left unfilled, a value that was no string. */
const UNFILLED = /\$\{|undefined|\[object|NaN|\bnull\b/;

/**
 * ESLint's RuleTester for our check rules: a valid case must report nothing (the tester refuses one
 * that does), an invalid case exactly its drafts; every message they make fills every placeholder.
 */
export function runRule(
  name: string,
  rule: Rule,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
): void {
  describe(`rule ${name}`, () => {
    if (cases.valid.length === 0 || cases.invalid.length === 0)
      throw new Error(`rule ${name} needs at least one valid and one invalid case`);
    const run = (c: ValidCase) => {
      const profile = c.profile ?? STANDARD_2020;
      const table = createTable(c.table);
      return rule({ table, scores: scoreTable(table, profile), profile });
    };
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
      expect(run(c)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const drafts = run(c);
      expect(drafts).toEqual(c.drafts);
      for (const f of finalizeFindings(drafts, { ...STANDARD_2020, severities: allOn() }, '自评表')) {
        const message = findingMessage(f, '自评表');
        expect({ code: f.code, message, unfilled: UNFILLED.test(message) }).toEqual({
          code: f.code,
          message,
          unfilled: false,
        });
      }
    });
  });
}

function allOn(): Profile['severities'] {
  return Object.fromEntries(
    Object.keys(STANDARD_2020.severities).map((k) => [k, 'error']),
  ) as Profile['severities'];
}
