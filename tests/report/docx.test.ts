import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { toDocx } from '../../src/report/docx';
import { emptyTemplate, referenceReport, reportOf } from './helpers';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  return file.async('string');
}

/** The runs of document.xml whose text contains `text`, with their properties. */
function runsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:r>.*?<\/w:r>/g) ?? []).filter((r) => r.includes(text));
}

describe('toDocx (official-document style, GB/T 9704)', () => {
  let bytes: Uint8Array;
  let xml: string;
  beforeAll(async () => {
    bytes = await toDocx(referenceReport().report);
    xml = await documentXml(bytes);
  });

  test('a zip (.docx) holding the report text', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(xml).toContain('2020年度长沙市望城区信访局部门整体支出绩效自评报告');
    expect(xml).toContain('全年预算数 1036.03 万元');
  });

  test('A4, margins 37 / 35 / 28 / 26 mm', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  test('title 方正小标宋简体 二号, centred', () => {
    const [title] = runsWith(xml, '自评报告</w:t>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(xml).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体"/);
  });

  test('body 仿宋_GB2312 三号, fixed 28-point lines, two-character first-line indent', () => {
    const [body] = runsWith(xml, '未执行资金 439.35 万元');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain(
      '<w:spacing w:line="560" w:lineRule="exact" w:before="0" w:after="0"/><w:ind w:firstLine="640"/>',
    );
  });

  test('level-1 headings 黑体 三号, level-2 楷体_GB2312 三号', () => {
    const [h1] = runsWith(xml, '一、单位基本情况');
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain('<w:sz w:val="32"/>');
    const [h2] = runsWith(xml, '（一）单位职能');
    expect(h2).toContain('w:eastAsia="楷体_GB2312"');
  });

  test('placeholders in red, suggested measures marked, plain text black', () => {
    const [placeholder] = runsWith(xml, '【请填写：评价依据（文件名与文号）】');
    expect(placeholder).toContain('<w:color w:val="FF0000"/>');
    const [measure] = runsWith(xml, '加强预算执行管理。');
    expect(measure).toContain('<w:color w:val="1F4E79"/>');
    const [plain] = runsWith(xml, '的要求，长沙市望城区信访局');
    expect(plain).not.toContain('<w:color');
  });

  test('an empty template gives a document too', async () => {
    const empty = await documentXml(await toDocx(reportOf(emptyTemplate(), null).report));
    expect(empty).toContain('【请填写：部门职能职责概述】');
  });
});

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftoppm']).status === 0;

(hasSoffice ? describe : describe.skip)('LibreOffice renders the .docx (scripts/report-preview.sh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jxzp-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('to PDF, then PNG pages of A4 portrait with ink on them', async () => {
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await toDocx(referenceReport().report));
    execFileSync('bash', [join(__dirname, '../../scripts/report-preview.sh'), docx, join(dir, 'out')], {
      stdio: 'pipe',
      timeout: 150_000,
    });
    const pages = readdirSync(join(dir, 'out'))
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const first = readFileSync(join(dir, 'out', pages[0]));
    expect(first.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at bytes 16–23; A4 at 60 dpi is about 496 × 702.
    const width = first.readUInt32BE(16);
    const height = first.readUInt32BE(20);
    expect(Math.abs(width - 496)).toBeLessThanOrEqual(3);
    expect(Math.abs(height - 702)).toBeLessThanOrEqual(3);
    // A blank A4 page compresses to about 1 KB; a page of text is far larger.
    expect(statSync(join(dir, 'out', pages[0])).size).toBeGreaterThan(15_000);
  }, 180_000);
});
