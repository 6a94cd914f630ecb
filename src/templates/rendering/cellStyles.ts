import { FILLS, FONTS } from '../layouts/look';
import type { CellStyle } from '../plan';

/**
 * Style rules are applied in order and each sets only what it names, so a range first gets the body
 * look and then what sets it apart. Fonts are always whole, for hosts that replace a font at once.
 */
export const BODY_STYLE: CellStyle = {
  font: FONTS.body,
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
  locked: true,
};

export const BORDER_STYLE: CellStyle = { border: 'thin' };
export const TITLE_STYLE: CellStyle = { font: FONTS.title };
export const SUBTITLE_STYLE: CellStyle = { font: FONTS.subtitle };
export const HEADER_STYLE: CellStyle = { font: FONTS.header, fill: FILLS.header };
export const BOLD_STYLE: CellStyle = { font: FONTS.header };

/** What the user fills in: unlocked and light yellow; long text reads from the top left. */
export function inputStyle(kind: 'text' | 'number' | 'longText' | 'centered'): CellStyle {
  const base: CellStyle = { fill: FILLS.input, locked: false };
  switch (kind) {
    case 'text':
      return { ...base, horizontal: 'left' };
    case 'number':
      return { ...base, horizontal: 'right' };
    case 'longText':
      return { ...base, horizontal: 'left', vertical: 'top' };
    case 'centered':
      return base;
  }
}
