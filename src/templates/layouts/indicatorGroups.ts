import { LEVEL1_TEXT, LEVEL2_TEXT } from './formText.zh-CN';

/** The three 一级指标 of both forms, in order; each key is also the profile's weight key. */
export type Level1GroupKey = 'output' | 'effect' | 'satisfaction';

export interface Level1Group {
  readonly key: Level1GroupKey;
  readonly label: (weight: string) => string;
  readonly level2: readonly string[];
}

export const LEVEL1_GROUPS: readonly Level1Group[] = [
  { key: 'output', label: LEVEL1_TEXT.output, level2: LEVEL2_TEXT.output },
  { key: 'effect', label: LEVEL1_TEXT.effect, level2: LEVEL2_TEXT.effect },
  { key: 'satisfaction', label: LEVEL1_TEXT.satisfaction, level2: LEVEL2_TEXT.satisfaction },
];
