import type { XRequestContext } from '../../../src/hosts/excel/excelApi';
import type { RangeBox } from '../../../src/templates/a1';
import type { DocumentState } from './document';
import { FakeOfficeError, notModelled, propertyNotLoaded } from './errors';
import type { FakeExcel } from './fakeExcel';

/** One sync's execution: the document, what loads deliver once it succeeds, what changed. */
export interface Tx {
  readonly doc: DocumentState;
  response: number;
  readonly deliveries: (() => void)[];
  /** Cells our batch wrote, by sheet id: they raise `onChanged` with triggerSource 'ThisLocalAddin'. */
  readonly changed: Map<string, RangeBox[]>;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  cellsWritten: number;
  /** Cells written before both calculation and screen updating were suspended in this sync. */
  cellsWrittenUnsuspended: number;
}

/** A queued command: what `context.sync()` sends, in order. */
export interface Op {
  readonly what: string;
  /** Bytes this command adds to the request. */
  readonly size: number;
  /** The ExcelApi requirement set it needs ('1.18' for notes…). */
  readonly set: string;
  apply(tx: Tx): void;
}

/** What each sync did, for tests: how many commands, whether writes ran with calculation and screen updating suspended. */
export interface SyncRecord {
  readonly ops: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cellsWritten: number;
  readonly cellsWrittenUnsuspended: number;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
  /** The error code the sync failed with, null when it succeeded. */
  readonly failed: string | null;
}

/** Bytes a command costs besides its arguments (object path, method name, ids). */
const OP_OVERHEAD = 48;

export function compareSets(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Throws on any member the fake does not define: a typo or an unmodelled API fails loudly, not silently. */
const INSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
]);
export function strict<T extends object>(target: T, typeName: string): T {
  return new Proxy(target, {
    get(t, p) {
      if (typeof p === 'symbol' || p in t) return Reflect.get(t, p, t);
      if (INSPECTION.has(p) || p.startsWith('@@')) return undefined;
      throw notModelled(`${typeName}.${p}`);
    },
    set(t, p, v) {
      if (typeof p !== 'symbol' && !(p in t)) throw notModelled(`setting ${typeName}.${p}`);
      if (!Reflect.set(t, p, v, t)) throw new TypeError(`${typeName}.${String(p)} is read-only`);
      return true;
    },
  });
}

export class FakeContext implements XRequestContext {
  private queue: Op[] = [];
  readonly workbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = excel.makeWorkbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.excel.syncs++;
    const requestBytes = ops.reduce((n, op) => n + op.size, 0);
    const limit = this.excel.payloadLimitBytes;
    if (requestBytes > limit) {
      this.excel.log.push({
        ops: ops.length,
        requestBytes,
        responseBytes: 0,
        cellsWritten: 0,
        cellsWrittenUnsuspended: 0,
        calculationSuspended: false,
        screenUpdatingSuspended: false,
        failed: 'RequestPayloadSizeLimitExceeded',
      });
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} > ${limit} bytes).`,
      );
    }
    const tx: Tx = {
      doc: this.excel.doc,
      response: 0,
      deliveries: [],
      changed: new Map(),
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      cellsWritten: 0,
      cellsWrittenUnsuspended: 0,
    };
    let failed: string | null = null;
    try {
      for (const op of ops) {
        if (compareSets(op.set, this.excel.apiVersion) > 0) {
          throw new FakeOfficeError('ApiNotFound', `${op.what} needs ExcelApi ${op.set}`);
        }
        op.apply(tx);
      }
      if (tx.response > limit) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size has exceeded the limit (${tx.response} > ${limit} bytes).`,
        );
      }
    } catch (e) {
      failed = e instanceof FakeOfficeError ? e.code : 'Error';
      throw e;
    } finally {
      // Commands run before a failure stay done, as in Excel: a batch is not a transaction.
      this.excel.afterSync(tx);
      this.excel.log.push({
        ops: ops.length,
        requestBytes,
        responseBytes: tx.response,
        cellsWritten: tx.cellsWritten,
        cellsWrittenUnsuspended: tx.cellsWrittenUnsuspended,
        calculationSuspended: tx.calculationSuspended,
        screenUpdatingSuspended: tx.screenUpdatingSuspended,
        failed,
      });
    }
    for (const deliver of tx.deliveries) deliver();
  }
}

/** JSON size of a value: what it costs in a request or a response. */
export function bytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/**
 * The base of every proxy: properties are readable only once loaded and synced (or set by us), every
 * write and method call is a queued command, `isNullObject` is known only after a sync.
 */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private readonly local = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly typeName: string,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(`${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** The document object behind the proxy when a command runs; null for a null object. */
  abstract target(tx: Tx): unknown;

  /** Readers of the scalar properties `load` may name. */
  protected readers(): Record<string, (tx: Tx) => unknown> {
    return {};
  }

  /** Navigation properties `load('format/fill/color')` may go through. */
  protected child(name: string): FakeObject | undefined {
    void name;
    return undefined;
  }

  /** `load('items/name')` on a collection. */
  protected loadItems(paths: readonly string[]): void {
    void paths;
    throw notModelled(`${this.typeName}.load('items/…')`);
  }

  /** Reads these properties now (a collection loading its items' properties calls this). */
  snapshot(tx: Tx, names: readonly string[]): unknown[] {
    const readers = this.readers();
    return names.map((n) => {
      if (!(n in readers)) throw notModelled(`${this.typeName}.load('items/${n}')`);
      return readers[n](tx);
    });
  }

  /** Takes loaded values after a successful sync. */
  accept(names: readonly string[], values: readonly unknown[]): void {
    this.nullState = false;
    names.forEach((n, i) => {
      this.loaded.set(n, values[i]);
      this.local.delete(n);
    });
  }

  protected prop<T>(name: string): T {
    if (this.local.has(name)) return this.local.get(name) as T;
    if (this.nullState === true) throw notModelled(`reading ${this.typeName}.${name} of a null object`);
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    throw propertyNotLoaded(`${this.typeName}.${name}`);
  }

  /** Sets a property: readable at once (as in Office.js), applied to the document at the next sync. */
  protected assign(name: string, value: unknown, set: string, apply: (tx: Tx) => void): void {
    this.local.set(name, value);
    this.command(`${this.typeName}.${name} =`, value, set, apply);
  }

  protected command(what: string, args: unknown, set: string, apply: (tx: Tx) => void): void {
    this.context.enqueue({ what, size: OP_OVERHEAD + what.length + bytes(args), set, apply });
  }

  /** For an `…OrNullObject` result: `isNullObject` is known after the next sync. */
  probe(): this {
    this.command(`${this.typeName}.isNullObject`, undefined, '1.1', (tx) => {
      const isNull = this.target(tx) === null;
      tx.deliveries.push(() => (this.nullState = isNull));
    });
    return this;
  }

  load(propertyNames?: string | string[]): this {
    const readers = this.readers();
    const names =
      propertyNames === undefined
        ? Object.keys(readers)
        : (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(','))
            .map((n) => n.trim())
            .filter((n) => n !== '');
    const items: string[] = [];
    const own: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split('/');
      if (head === 'items') items.push(rest.join('/'));
      else if (rest.length > 0) {
        const child = this.child(head);
        if (!child) throw notModelled(`${this.typeName}.load('${name}')`);
        child.load(rest.join('/'));
      } else if (head in readers) own.push(head);
      else if (this.child(head)) this.child(head)?.load();
      else throw notModelled(`${this.typeName}.load('${name}')`);
    }
    if (items.length > 0) this.loadItems(items);
    this.command(`${this.typeName}.load`, own, '1.1', (tx) => {
      const t = this.target(tx);
      if (t === null) {
        tx.deliveries.push(() => (this.nullState = true));
        return;
      }
      const values = this.snapshot(tx, own);
      tx.response += bytes(values);
      tx.deliveries.push(() => this.accept(own, values));
    });
    return this;
  }
}

/** `OfficeExtension.ClientResult`: its value exists after the sync that computed it. */
export class FakeClientResult<T> {
  private state: { value: T } | null = null;
  get value(): T {
    if (this.state === null) throw propertyNotLoaded('ClientResult.value');
    return this.state.value;
  }
  resolve(tx: Tx, value: T): void {
    tx.response += bytes(value);
    tx.deliveries.push(() => (this.state = { value }));
  }
}
