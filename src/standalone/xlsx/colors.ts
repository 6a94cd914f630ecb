import type ExcelJS from 'exceljs';

/**
 * Excel's default (Office 2013+) theme, by ExcelJS theme index: lt1, dk1, lt2, dk2, accent1…6. A file's
 * own theme may differ; the page only shows the colour — an untouched cell is saved with its original
 * style, theme reference included.
 */
const THEME = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
];

function rgbToHsl(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToHex(h: number, s: number, l: number): string {
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const rgb = s === 0 ? [l, l, l] : [hue(p, q, h + 1 / 3), hue(p, q, h), hue(p, q, h - 1 / 3)];
  return rgb
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** Excel's tint: towards white (tint > 0) or black (tint < 0) in HSL lightness. */
function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const [h, s, l] = rgbToHsl(hex);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return hslToHex(h, s, Math.min(1, Math.max(0, lum)));
}

/** '#RRGGBB' of an ExcelJS colour (ARGB, or a theme colour with its tint); null when it has none. */
export function cssColor(color: Partial<ExcelJS.Color> | undefined): string | null {
  if (!color) return null;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(color.argb))
    return `#${color.argb.slice(2).toUpperCase()}`;
  if (typeof color.theme === 'number' && THEME[color.theme] !== undefined) {
    const tint: unknown = Reflect.get(color, 'tint');
    return `#${tinted(THEME[color.theme], typeof tint === 'number' ? tint : 0)}`;
  }
  return null;
}

/** '#RRGGBB' → ExcelJS's opaque ARGB colour. */
export function argbColor(hex: string): Partial<ExcelJS.Color> {
  return { argb: `FF${hex.replace(/^#/, '').toUpperCase()}` };
}
