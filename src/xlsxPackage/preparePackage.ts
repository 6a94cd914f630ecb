import { deflateSync } from 'fflate';
import { BitSet } from './bitSet';
import { crc32 } from './crc32';
import { partRole, resolveTarget, worksheetPath } from './excelJsParts';
import { fflateInflate, inflateEntry, InflateBudget, type Inflater } from './inflate';
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './limits';
import { PackageRefusal, type PackageProblem } from './problems';
import { SharedStringsPrune, SharedStringsScan } from './sharedStrings';
import { SheetScan, type SheetFacts, type SharedStringsView } from './sheetScan';
import { sniffFile } from './sniff';
import { DropElements } from './partRewrite';
import { RelationshipsScan, WorkbookScan } from './workbookScan';
import { utf8Feeder, XmlScanner, type XmlHandler } from './xmlScan';
import { readZipDirectory, type ZipEntry } from './zipRead';
import { writeZip, type ZipOutEntry } from './zipWrite';

/**
 * - `all`: every sheet is handed on, as it is; for a workbook that will be saved again (a marked copy).
 * - `tables`: for reading only. A sheet with more than `skipSheetCells` cells and none of the forms'
 *   labels is handed on empty, the shared strings only kept sheets use are kept, defined names (the
 *   library expands each named cell; reading never needs them) are left out. Never save a workbook
 *   opened this way: it lacks what was left out.
 */
export type SheetSelection = 'all' | 'tables';

export interface PrepareOptions {
  readonly limits?: Partial<PackageLimits>;
  readonly sheets?: SheetSelection;
  /** Whether a cell text is a label of the forms (templates/read/formLabels.ts); needed for `tables`. */
  readonly isFormText?: (text: string) => boolean;
  /** How to inflate (default: fflate, in pure JavaScript). */
  readonly inflate?: Inflater;
}

export interface LeftOutSheet {
  readonly name: string;
  readonly cells: number;
}

export interface PreparedPackage {
  /** The package to hand to the spreadsheet library: only parts it reads, exactly those inspected. */
  readonly bytes: Uint8Array;
  readonly sheets: SheetSelection;
  /** Sheets handed on empty (only with `tables`), in tab order. */
  readonly leftOut: readonly LeftOutSheet[];
  /** Cells handed on, merged and named cells included. */
  readonly cells: number;
  /** What the parts handed on inflate to. */
  readonly readBytes: number;
  /** What the inspection inflated, left-out sheets included. */
  readonly inflatedBytes: number;
}

export type PrepareResult =
  | { readonly ok: true; readonly package: PreparedPackage }
  | { readonly ok: false; readonly problem: PackageProblem };

/** A pending tag longer than this is a "huge attribute": no part of a workbook needs one. */
const MAX_TAG_CHARS = 1024 * 1024;

const STUB_SHEET = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>',
);

/** Relationship types whose parts belong to one sheet only: left out with it. */
const SHEET_OWNED = /\/(comments|vmlDrawing|drawing|table)$/;

const noLabels = (): boolean => false;

/**
 * Inspects a workbook package before any spreadsheet library sees it, and gives the package to hand on.
 * Bounded whatever the bytes: every part is inflated in slices and refused as soon as it passes its
 * limit; sheets are scanned, never built; a cell count, merges, column ranges and defined names are
 * checked against the limits the library's memory depends on. Pure: bytes in, bytes out, no Node APIs
 * (the command line, the standalone page and the task pane all call it). Never throws on a file.
 */
export async function preparePackage(
  bytes: Uint8Array,
  options: PrepareOptions = {},
): Promise<PrepareResult> {
  const limits = { ...DEFAULT_PACKAGE_LIMITS, ...options.limits };
  try {
    return { ok: true, package: await new Preparation(bytes, limits, options).run() };
  } catch (e) {
    if (e instanceof PackageRefusal) return { ok: false, problem: e.problem };
    throw e;
  }
}

interface KeptSheet {
  readonly entry: ZipEntry;
  readonly name: string;
  readonly facts: SheetFacts;
}

class Preparation {
  private readonly inflation: { maxBytes: number; budget: InflateBudget; inflate: Inflater };
  private readonly selection: SheetSelection;
  private readonly isFormText: (text: string) => boolean;
  private readBytes = 0;
  private cells = 0;
  private biggest: { name: string; cells: number } = { name: '', cells: 0 };

  constructor(
    private readonly zip: Uint8Array,
    private readonly limits: PackageLimits,
    options: PrepareOptions,
  ) {
    this.inflation = {
      maxBytes: limits.maxPartBytes,
      budget: new InflateBudget(limits.maxInflatedBytes),
      inflate: options.inflate ?? fflateInflate,
    };
    this.selection = options.sheets ?? 'all';
    this.isFormText = this.selection === 'tables' ? (options.isFormText ?? noLabels) : noLabels;
  }

  async run(): Promise<PreparedPackage> {
    this.checkFile();
    const entries = readZipDirectory(this.zip, this.limits.maxParts).filter((e) => partRole(e.name) !== null);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const workbookEntry = byName.get('xl/workbook.xml');
    if (workbookEntry === undefined) throw new PackageRefusal({ code: 'not-xlsx' });

    const workbook = await this.scan(workbookEntry, new WorkbookScan(), false);
    const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
    const rels = relsEntry ? (await this.scan(relsEntry, new RelationshipsScan(), true)).relationships : [];
    const sheetNames = new Map<string, string>();
    for (const sheet of workbook.sheets) {
      const rel = rels.find((r) => r.id === sheet.relationship);
      if (rel) sheetNames.set(worksheetPath(rel.target), sheet.name);
    }

    const stringsEntry = byName.get('xl/sharedStrings.xml');
    const strings: SharedStringsView = stringsEntry
      ? (await this.scan(stringsEntry, new SharedStringsScan(this.isFormText), false)).view()
      : { count: 0, labels: new BitSet(0) };

    const leftOut: { entry: ZipEntry; name: string; cells: number }[] = [];
    const keptStrings = new BitSet(strings.count);
    const used = new BitSet(strings.count);
    for (const entry of entries.filter((e) => partRole(e.name) === 'worksheet')) {
      used.clear();
      const name = sheetNames.get(entry.name) ?? entry.name;
      const mayLeaveOut = (facts: SheetFacts) =>
        this.selection === 'tables' && facts.cells > this.limits.skipSheetCells && !facts.hasFormLabel;
      const scan = new SheetScan(
        entry.name,
        strings,
        used,
        this.isFormText,
        this.limits.maxCells - this.cells,
        (f) => {
          // Past the budget: a sheet that is read whatever follows is refused now, not after its last cell.
          if (this.selection === 'all' || f.hasFormLabel) this.count(f.cells, name);
        },
      );
      const size = await this.inflateInto(entry, scan);
      const facts = scan.facts;
      if (mayLeaveOut(facts)) {
        leftOut.push({ entry, name, cells: facts.cells });
        continue;
      }
      this.keep({ entry, name, facts });
      this.read(size);
      keptStrings.addAll(used);
    }
    const dropNames = this.selection === 'tables' && workbook.namedCells > 0;
    if (!dropNames && this.cells + workbook.namedCells > this.limits.maxCells) {
      throw new PackageRefusal({
        code: 'names-too-large',
        count: workbook.namedCells,
        limit: this.limits.maxCells,
      });
    }

    const dropped = await this.sheetOwnedParts(
      leftOut.map((s) => s.entry.name),
      byName,
    );
    const out: ZipOutEntry[] = [];
    for (const entry of entries) {
      if (dropped.has(entry.name)) continue;
      const stubbed = leftOut.some((s) => s.entry === entry);
      if (stubbed) out.push(this.fresh(entry, STUB_SHEET));
      else if (entry === stringsEntry && leftOut.length > 0)
        out.push(await this.prunedStrings(entry, keptStrings));
      else if (entry === workbookEntry && dropNames) out.push(await this.withoutNames(entry));
      else {
        if (partRole(entry.name) !== 'worksheet') this.read(await this.measure(entry));
        out.push(copied(this.zip, entry));
      }
    }
    return {
      bytes: writeZip(out),
      sheets: this.selection,
      leftOut: sheetOrder(leftOut, workbook.sheets),
      cells: this.cells,
      readBytes: this.readBytes,
      inflatedBytes: this.inflation.budget.total,
    };
  }

  private checkFile(): void {
    const size = this.zip.length;
    if (size > this.limits.maxFileBytes) {
      throw new PackageRefusal({
        code: 'file-too-large',
        sizeBytes: size,
        limitBytes: this.limits.maxFileBytes,
      });
    }
    switch (sniffFile(this.zip)) {
      case 'empty':
        throw new PackageRefusal({ code: 'file-empty' });
      case 'encrypted':
        throw new PackageRefusal({ code: 'encrypted' });
      case 'legacy-xls':
        throw new PackageRefusal({ code: 'legacy-xls' });
      case 'unknown':
        throw new PackageRefusal({ code: 'not-xlsx' });
      case 'zip':
        return;
    }
  }

  private keep({ name, facts }: KeptSheet): void {
    const { maxMerges, maxCells } = this.limits;
    if (facts.merges > maxMerges) {
      throw new PackageRefusal({
        code: 'too-many-merges',
        sheet: name,
        count: facts.merges,
        limit: maxMerges,
      });
    }
    if (facts.largestMerge && facts.largestMerge.cells > maxCells) {
      const { ref, cells } = facts.largestMerge;
      throw new PackageRefusal({
        code: 'merge-too-large',
        sheet: name,
        range: ref,
        count: cells,
        limit: maxCells,
      });
    }
    this.count(facts.cells + facts.mergedCells, name);
  }

  private count(cells: number, name: string): void {
    this.cells += cells;
    if (cells > this.biggest.cells) this.biggest = { name, cells };
    if (this.cells > this.limits.maxCells) {
      throw new PackageRefusal({
        code: 'too-many-cells',
        sheet: this.biggest.name,
        count: this.cells,
        limit: this.limits.maxCells,
      });
    }
  }

  private read(bytes: number): void {
    this.readBytes += bytes;
    if (this.readBytes > this.limits.maxReadBytes) {
      throw new PackageRefusal({
        code: 'read-too-large',
        sizeBytes: this.readBytes,
        limitBytes: this.limits.maxReadBytes,
      });
    }
  }

  private async inflateInto(entry: ZipEntry, handler: XmlHandler): Promise<number> {
    const feed = utf8Feeder(new XmlScanner(handler, MAX_TAG_CHARS, entry.name));
    const size = await inflateEntry(this.zip, entry, this.inflation, feed.push);
    feed.end();
    return size;
  }

  /** Scans a part; `read` when the part is handed on as is (its size counts). */
  private async scan<H extends XmlHandler>(entry: ZipEntry, handler: H, read: boolean): Promise<H> {
    const size = await this.inflateInto(entry, handler);
    if (read) this.read(size);
    return handler;
  }

  private measure(entry: ZipEntry): Promise<number> {
    return inflateEntry(this.zip, entry, this.inflation, () => undefined);
  }

  /** Parts that only a left-out sheet uses (its notes, drawings, tables), with their own relationships. */
  private async sheetOwnedParts(
    sheets: readonly string[],
    byName: ReadonlyMap<string, ZipEntry>,
  ): Promise<Set<string>> {
    const dropped = new Set<string>();
    for (const sheet of sheets) {
      const folder = sheet.slice(0, sheet.lastIndexOf('/') + 1);
      const relsName = `${folder}_rels/${sheet.slice(folder.length)}.rels`;
      const relsEntry = byName.get(relsName);
      if (!relsEntry) continue;
      dropped.add(relsName);
      for (const rel of (await this.scan(relsEntry, new RelationshipsScan(), false)).relationships) {
        if (rel.external || !SHEET_OWNED.test(rel.type)) continue;
        const target = resolveTarget(folder, rel.target);
        dropped.add(target);
        const targetFolder = target.slice(0, target.lastIndexOf('/') + 1);
        dropped.add(`${targetFolder}_rels/${target.slice(targetFolder.length)}.rels`);
      }
    }
    return dropped;
  }

  private async prunedStrings(entry: ZipEntry, kept: BitSet): Promise<ZipOutEntry> {
    const prune = new SharedStringsPrune(kept, (chars) => this.checkGrowth(chars));
    await this.inflateInto(entry, prune);
    return this.fresh(entry, new TextEncoder().encode(prune.result()));
  }

  private async withoutNames(entry: ZipEntry): Promise<ZipOutEntry> {
    const rewrite = new DropElements(new Set(['definedNames']), (chars) => this.checkGrowth(chars));
    await this.inflateInto(entry, rewrite);
    return this.fresh(entry, new TextEncoder().encode(rewrite.result()));
  }

  /** A part being rewritten may not outgrow what is left of the read budget. */
  private checkGrowth(chars: number): void {
    if (this.readBytes + chars > this.limits.maxReadBytes) {
      throw new PackageRefusal({
        code: 'read-too-large',
        sizeBytes: this.readBytes + chars,
        limitBytes: this.limits.maxReadBytes,
      });
    }
  }

  /** A part written anew (a left-out sheet's stub, a rewritten part); its size counts as read. */
  private fresh(entry: ZipEntry, data: Uint8Array): ZipOutEntry {
    this.read(data.length);
    return {
      name: entry.name,
      method: 8,
      crc32: crc32(data),
      size: data.length,
      data: deflateSync(data, { level: 1 }),
      time: entry.time,
      date: entry.date,
    };
  }
}

function copied(zip: Uint8Array, e: ZipEntry): ZipOutEntry {
  return {
    name: e.name,
    method: e.method,
    crc32: e.crc32,
    size: e.declaredSize,
    data: zip.subarray(e.dataStart, e.dataStart + e.compressedSize),
    time: e.time,
    date: e.date,
  };
}

function sheetOrder(
  leftOut: readonly { name: string; cells: number }[],
  sheets: readonly { name: string }[],
): LeftOutSheet[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  return leftOut
    .map(({ name, cells }) => ({ name, cells }))
    .sort((a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity));
}
