import { HostUsageError } from '../errors';

/**
 * ET colours are BGR integers (red in the low byte, as in VBA's RGB()), the seam's are '#RRGGBB'.
 * '#FFC7CE' (r=FF, g=C7, b=CE) is 0xCEC7FF.
 */
export function hexToBgr(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new HostUsageError(`not a #RRGGBB colour: ${JSON.stringify(hex)}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r + g * 0x100 + b * 0x10000;
}

export function bgrToHex(bgr: number): string {
  if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) {
    throw new HostUsageError(`not a BGR colour: ${bgr}`);
  }
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
