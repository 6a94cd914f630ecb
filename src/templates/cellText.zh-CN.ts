/** The mark put where a text too long for one cell was cut: says that it was, and how long it was. */
export const cutMark = (length: number, max: number): string =>
  `……【以下已截断：原文共 ${length} 个字符，一个单元格最多容纳 ${max} 个】`;
