import { a1, parseA1 } from '../../src/templates/a1';
import type { PlanValue, SheetPlan } from '../../src/templates/plan';

/**
 * A tiny spreadsheet engine for the template formulas only (IF, OR, ROUND, MIN, COUNT, SUM, arithmetic,
 * comparisons), with Excel's rules for blanks, text and errors. It lets the render tests assert what
 * the sheet shows; the LibreOffice tests prove the same formulas in a real engine.
 */
export type Scalar = number | string | boolean | null;
type Err = { readonly error: string };
type Rng = { readonly range: readonly Scalar[] };
type Value = Scalar | Err | Rng;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'fn'; v: string }
  | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z]+)\(|(<=|>=|<>|[-+*/=<>(),&]))/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < src.length && (m = re.exec(src)) !== null) {
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: 'ref', v: m[3].replace(/\$/g, '') });
    else if (m[4] !== undefined) out.push({ t: 'fn', v: m[4] }, { t: 'op', v: '(' });
    else out.push({ t: 'op', v: m[5] });
    at = re.lastIndex;
  }
  if (at < src.trimEnd().length) throw new Error(`cannot tokenize ${src} at ${at}`);
  return out;
}

/** Every cell reference of a formula, ranges expanded. */
export function referencedCells(formula: string): { row: number; col: number }[] {
  return tokenize(formula)
    .filter((t): t is { t: 'ref'; v: string } => t.t === 'ref')
    .flatMap((t) => {
      const [from, to = from] = t.v.split(':').map((r) => parseA1(r));
      if (!from || !to) throw new Error(`bad ref ${t.v}`);
      const cells: { row: number; col: number }[] = [];
      for (let row = from.row; row <= to.row; row++)
        for (let col = from.col; col <= to.col; col++) cells.push({ row, col });
      return cells;
    });
}

const isError = (v: Value): v is Err => typeof v === 'object' && v !== null && 'error' in v;
const isRange = (v: Value): v is Rng => typeof v === 'object' && v !== null && 'range' in v;

export class Sheet {
  private readonly cells = new Map<string, PlanValue | boolean>();
  private readonly memo = new Map<string, Scalar | Err>();

  constructor(plan: SheetPlan, inputs: Readonly<Record<string, Scalar>> = {}) {
    for (const block of plan.blocks) {
      block.values.forEach((row, i) =>
        row.forEach((v, j) => this.cells.set(a1(block.top + i, block.left + j), v)),
      );
    }
    for (const [cell, v] of Object.entries(inputs)) this.cells.set(cell, v);
  }

  /** What the cell shows: a number, text ('' for a blank formula), a boolean, null (empty) or '#ERROR'. */
  value(cell: string): Scalar {
    const v = this.eval(cell);
    return typeof v === 'object' && v !== null ? v.error : v;
  }

  private eval(cell: string): Scalar | Err {
    const known = this.memo.get(cell);
    if (known !== undefined) return known;
    const raw = this.cells.get(cell) ?? null;
    if (raw === null || typeof raw !== 'object') return raw;
    this.memo.set(cell, { error: '#CIRCULAR' });
    const result = new Parser(tokenize(raw.formula), this).expr();
    const scalar = isRange(result) ? { error: '#VALUE!' } : result;
    this.memo.set(cell, scalar);
    return scalar;
  }

  ref(ref: string): Value {
    if (!ref.includes(':')) return this.eval(ref);
    const range = referencedCells(ref).map((p) => this.eval(a1(p.row, p.col)));
    const error = range.find(isError);
    return error ?? { range: range.filter((v): v is Scalar => !isError(v)) };
  }
}

function num(v: Value): number | Err {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isRange(v)) return { error: '#VALUE!' };
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function equal(a: Scalar, b: Scalar): boolean {
  if (a === null) return b === null || b === 0 || b === '' || b === false;
  if (b === null) return equal(b, a);
  return (
    typeof a === typeof b && (typeof a === 'string' ? a.toUpperCase() === String(b).toUpperCase() : a === b)
  );
}

/** Excel orders numbers < text < booleans. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number =>
    typeof v === 'number' || v === null ? 0 : typeof v === 'string' ? 1 : 2;
  const x = a ?? (typeof b === 'string' ? '' : 0);
  const y = b ?? (typeof a === 'string' ? '' : 0);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y);
  return Number(x) - Number(y);
}

/** Numbers of function arguments: in ranges and references only numbers count; typed values are coerced. */
function numbersOf(args: readonly Value[], refArgs: readonly boolean[]): number[] | Err {
  const out: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    if (isError(v)) return v;
    if (isRange(v)) out.push(...v.range.filter((x): x is number => typeof x === 'number'));
    else if (refArgs[i]) {
      if (typeof v === 'number') out.push(v);
    } else {
      const n = num(v);
      if (typeof n !== 'number') return n;
      out.push(n);
    }
  }
  return out;
}

/** Excel's ROUND: half away from zero, on the decimal text so that 5.755 → 5.76. */
function round(x: number, digits: number): number {
  const shifted = Number(`${Math.abs(x)}e${digits}`);
  return Math.sign(x) * Number(`${Math.round(shifted)}e${-digits}`);
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly sheet: Sheet,
  ) {}

  expr(): Value {
    let left = this.additive();
    for (let op = this.peekOp(); op && ['=', '<>', '<', '>', '<=', '>='].includes(op); op = this.peekOp()) {
      this.i++;
      const right = this.additive();
      if (isError(left)) continue;
      if (isError(right)) {
        left = right;
        continue;
      }
      if (isRange(left) || isRange(right)) {
        left = { error: '#VALUE!' };
        continue;
      }
      const c = compare(left, right);
      left =
        {
          '=': equal(left, right),
          '<>': !equal(left, right),
          '<': c < 0,
          '>': c > 0,
          '<=': c <= 0,
          '>=': c >= 0,
        }[op] ?? false;
    }
    return left;
  }

  private additive(): Value {
    let left = this.term();
    for (let op = this.peekOp(); op === '+' || op === '-'; op = this.peekOp()) {
      this.i++;
      left = arith(left, this.term(), op);
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    for (let op = this.peekOp(); op === '*' || op === '/'; op = this.peekOp()) {
      this.i++;
      left = arith(left, this.unary(), op);
    }
    return left;
  }

  private unary(): Value {
    if (this.peekOp() === '-') {
      this.i++;
      return arith(0, this.unary(), '-');
    }
    return this.primary();
  }

  private primary(): Value {
    const tok = this.tokens[this.i++];
    if (tok === undefined) throw new Error('unexpected end of formula');
    switch (tok.t) {
      case 'num':
      case 'str':
        return tok.v;
      case 'ref':
        return this.sheet.ref(tok.v);
      case 'fn':
        return this.call(tok.v);
      case 'op': {
        if (tok.v !== '(') throw new Error(`unexpected ${tok.v}`);
        const v = this.expr();
        this.expect(')');
        return v;
      }
    }
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [];
    const refArgs: boolean[] = [];
    if (name === 'IF') {
      const cond = this.expr();
      this.expect(',');
      const c = num(cond);
      const useFirst = typeof c === 'number' && c !== 0;
      const a = this.expr();
      this.expect(',');
      const b = this.expr();
      this.expect(')');
      if (typeof c !== 'number') return c;
      return useFirst ? a : b;
    }
    while (this.peekOp() !== ')') {
      const start = this.i;
      args.push(this.expr());
      refArgs.push(this.i === start + 1 && this.tokens[start].t === 'ref');
      if (this.peekOp() === ',') this.i++;
    }
    this.expect(')');
    const nums = numbersOf(args, refArgs);
    switch (name) {
      case 'COUNT':
        return args.reduce<number>((n, v, k) => {
          if (isRange(v)) return n + v.range.filter((x) => typeof x === 'number').length;
          return n + (typeof v === 'number' || (!refArgs[k] && typeof num(v) === 'number') ? 1 : 0);
        }, 0);
      case 'SUM':
        return Array.isArray(nums) ? nums.reduce((a, b) => a + b, 0) : nums;
      case 'MIN':
        return Array.isArray(nums) ? (nums.length ? Math.min(...nums) : 0) : nums;
      case 'OR':
        return Array.isArray(nums) ? nums.some((n) => n !== 0) : nums;
      case 'ROUND':
        return Array.isArray(nums) ? round(nums[0], nums[1]) : nums;
      default:
        throw new Error(`function ${name} not supported`);
    }
  }

  private peekOp(): string | undefined {
    const tok = this.tokens[this.i];
    return tok?.t === 'op' ? tok.v : undefined;
  }

  private expect(op: string): void {
    const tok = this.tokens[this.i++];
    if (tok?.t !== 'op' || tok.v !== op) throw new Error(`expected ${op}`);
  }
}

function arith(a: Value, b: Value, op: string): Value {
  const x = num(a);
  const y = num(b);
  if (typeof x !== 'number') return x;
  if (typeof y !== 'number') return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    default:
      return y === 0 ? { error: '#DIV/0!' } : x / y;
  }
}
