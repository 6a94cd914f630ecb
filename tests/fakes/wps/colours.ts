/** BGR integers (ET) ↔ '#RRGGBB' (what tests and the seam speak), written independently of the host's code. */
export function bgrHex(bgr: number): string {
  const hex = (n: number): string => n.toString(16).padStart(2, '0');
  return `#${hex(bgr & 255)}${hex((bgr >>> 8) & 255)}${hex((bgr >>> 16) & 255)}`.toUpperCase();
}

export function hexBgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n >>> 16) & 255) | (n & 0xff00) | ((n & 255) << 16);
}
