import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Paragraph as ReportParagraph, Report, Run } from '../domain/report/report.types';

/**
 * The 自评报告 as a .docx in official-document style (GB/T 9704-2012 《党政机关公文格式》):
 * A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 方正小标宋简体 二号 (22 pt),
 * centred; body 仿宋_GB2312 三号 (16 pt) at a fixed 28-point line spacing with a two-character
 * first-line indent; level-1 headings 黑体 三号, level-2 headings 楷体_GB2312 三号; page numbers
 * `— 1 —` centred at the foot. Placeholders are red, suggested (editable) measures dark blue.
 *
 * Font names are those of the standard. Where a machine lacks them, Word, WPS and LibreOffice
 * substitute by name; the usual equivalents are 仿宋_GB2312 → 仿宋 (FangSong), 楷体_GB2312 → 楷体
 * (KaiTi), 黑体 → SimHei, 方正小标宋简体 → 华文中宋 (STZhongsong) or 宋体 (SimSun), and on Linux the
 * Noto Serif / Sans CJK SC families. The East-Asian slot carries the name; the Latin slots carry the
 * same name so that digits and letters match the Chinese text as 公文 are usually typeset.
 *
 * Outside the pure core (it imports `docx`), and host-neutral: `Packer.toArrayBuffer` runs the same in
 * Node and in the browser.
 */

const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZES = { title: 44, body: 32, pageNumber: 28 } as const;

/** Twips: 28 pt fixed line spacing; a two-character (2 × 16 pt) first-line indent. */
const LINE = 28 * 20;
const TITLE_LINE = 32 * 20;
const INDENT = 2 * 16 * 20;

/** A4 in twips. */
const A4 = { width: 11906, height: 16838 } as const;

const COLORS = { placeholder: 'FF0000', editable: '1F4E79' } as const;

function font(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

function textRun(run: Run, fontName: string): TextRun {
  return new TextRun({
    text: run.text,
    font: font(fontName),
    size: SIZES.body,
    language: LANGUAGE,
    color: run.placeholder ? COLORS.placeholder : run.editable ? COLORS.editable : undefined,
  });
}

function titleParagraph(title: ReportParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, after: LINE },
    children: title.map(
      (run) =>
        new TextRun({
          text: run.text,
          font: font(FONTS.title),
          size: SIZES.title,
          language: LANGUAGE,
          color: run.placeholder ? COLORS.placeholder : undefined,
        }),
    ),
  });
}

function bodyParagraph(runs: ReportParagraph, fontName: string, heading = false): Paragraph {
  return new Paragraph({
    // A heading stays with the paragraph after it: never alone at the foot of a page.
    keepNext: heading || undefined,
    keepLines: heading || undefined,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: runs.map((run) => textRun(run, fontName)),
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: SIZES.pageNumber,
          }),
        ],
      }),
    ],
  });
}

/** Builds the document model (exported for tests that inspect it before packing). */
export function buildDocument(report: Report): Document {
  const children: Paragraph[] = [titleParagraph(report.title)];
  for (const p of report.preamble) children.push(bodyParagraph(p, FONTS.body));
  for (const s of report.sections) {
    children.push(
      bodyParagraph([{ text: s.heading }], s.level === 1 ? FONTS.heading1 : FONTS.heading2, true),
    );
    for (const p of s.paragraphs) children.push(bodyParagraph(p, FONTS.body));
  }
  return new Document({
    title: report.title.map((r) => r.text).join(''),
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZES.body, language: LANGUAGE },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

/** The report as .docx bytes, in Node and in the browser alike. */
export async function toDocx(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(report)));
}
