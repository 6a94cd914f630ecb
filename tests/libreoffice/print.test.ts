import { execFile } from 'child_process';
import { addSheet } from '../../src/app/addSheet';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { renderTemplateWithMap } from '../../src/templates/render';
import { findSoffice } from '../../scripts/lo/libreoffice';
import { decodePng } from './png';
import { referenceFill, withTypedCells } from './referenceFill';

/**
 * The printed form: a filled template through scripts/print-preview.sh (LibreOffice → PDF → PNG at
 * 80 dpi) prints A4 landscape, one page wide, with the table's text, borders and fills on the page.
 */
const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '../../scripts/print-preview.sh');
const withLibreOffice = findSoffice() ? describe : describe.skip;

/** A4 landscape in PDF points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

withLibreOffice('print preview of a filled 整体支出自评表', () => {
  let dir: string;
  let pdf: string;
  let pngs: string[];
  let pages: { width: number; height: number }[];
  let texts: string[];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-print-'));
    const rendered = renderTemplateWithMap({
      kind: 'overall',
      year: 2020,
      unit: '长沙市望城区信访局',
      profile: STANDARD_2020,
    });
    if (!rendered.ok || rendered.map.kind === 'reportInputs') throw new Error('render failed');
    const host = XlsxWorkbookHost.create();
    await addSheet(host, withTypedCells(rendered.plan, referenceFill(rendered.map, null).cells));
    const input = path.join(dir, '自评表.xlsx');
    await host.save(input);

    const { stdout } = await run('bash', [SCRIPT, input, path.join(dir, 'out')], { timeout: 180_000 });
    const lines = stdout.trim().split('\n');
    pdf = lines[0];
    pngs = lines.slice(1);
    const info = (await run('pdfinfo', ['-f', '1', '-l', '99', pdf])).stdout;
    pages = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
    texts = await Promise.all(
      pages.map(
        async (_, i) =>
          (await run('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', pdf, '-'])).stdout,
      ),
    );
  }, 240_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('every page is A4 landscape (842 × 595 pt), and the table takes at most three', () => {
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
    for (const page of pages) {
      expect(Math.abs(page.width - A4_LANDSCAPE.width)).toBeLessThan(1);
      expect(Math.abs(page.height - A4_LANDSCAPE.height)).toBeLessThan(1);
    }
    expect(pngs).toHaveLength(pages.length);
  });

  test('one page wide: every page shows the repeated header from 一级指标 to the last column', () => {
    // Split across the width, some page would lack the rightmost column's header.
    for (const text of texts) {
      expect(text).toContain('一级指标');
      expect(text).toContain('未完成原因及拟改进措施');
    }
    expect(texts[0]).toContain('部门（单位）整体支出绩效自评表');
    expect(texts[0]).toContain('执行率偏低原因');
  });

  test('the computed cells print LibreOffice’s values: 57.59%, 5.76, 总分 105.76, 优', () => {
    const all = texts.join('\n');
    for (const shown of ['57.59%', '5.76', '105.76', '110.00', '优', '1036.03', '596.68', '接待群众来访'])
      expect(all).toContain(shown);
    expect(all).not.toContain('#DIV/0!');
    expect(all).not.toMatch(/0\.00%/);
  });

  test('the PNG is a real page: 80 dpi A4 landscape, ink on it, borders drawn across the table', async () => {
    const png = decodePng(await fs.readFile(pngs[0]));
    expect(Math.abs(png.width - Math.round((A4_LANDSCAPE.width / 72) * 80))).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - Math.round((A4_LANDSCAPE.height / 72) * 80))).toBeLessThanOrEqual(1);
    let dark = 0;
    for (const v of png.luma) if (v < 128) dark++;
    const ink = dark / png.luma.length;
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.3);
    // A border line: a pixel row dark over most of the page's width.
    let longest = 0;
    for (let y = 0; y < png.height; y++) {
      let run = 0;
      for (let x = 0; x < png.width; x++) {
        run = png.luma[y * png.width + x] < 160 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    expect(longest / png.width).toBeGreaterThan(0.8);
    // The light-yellow input fill (#FFF9E5) is on the page too.
    let yellow = 0;
    for (let i = 0; i < png.luma.length; i++) {
      const [r, g, b] = [png.rgb[3 * i], png.rgb[3 * i + 1], png.rgb[3 * i + 2]];
      if (r > 245 && g > 240 && b < 240 && r - b > 12) yellow++;
    }
    expect(yellow / png.luma.length).toBeGreaterThan(0.02);
  });
});
