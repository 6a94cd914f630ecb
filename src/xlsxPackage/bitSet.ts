/** A set of small non-negative integers (shared-string indexes), one bit each. */
export class BitSet {
  private bits: Uint32Array;
  constructor(size: number) {
    this.bits = new Uint32Array(Math.ceil(Math.max(size, 1) / 32));
  }
  add(i: number): void {
    this.bits[i >>> 5] |= 1 << (i & 31);
  }
  has(i: number): boolean {
    return (this.bits[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  addAll(other: BitSet): void {
    for (let i = 0; i < this.bits.length; i++) this.bits[i] |= other.bits[i];
  }
  clear(): void {
    this.bits.fill(0);
  }
}
