import type { Severity } from '../domain/profiles/profile';

/** Everything the command line says to a person. */
export const CLI_TEXT = {
  usage: `用法：jxzp <命令> [选项]

命令：
  template --kind overall|project --year 2020 --unit 名称 [--profile ID] [--rows N] [--inputs] --out 文件.xlsx
      生成绩效自评表（整体支出 overall / 项目支出 project）；--inputs 同时加入“报告要素”表。
  check 文件.xlsx|文件夹 [--profile ID] [--json] [--marked 输出.xlsx|输出文件夹] [--summary 汇总.xlsx]
        [--apply-scores 副本.xlsx] [--limit 名称=值]…
      检查表格：列出问题（单元格、级别、说明）；--marked 另存一份标出问题单元格的副本；
      --summary 输出每张表一行的汇总工作簿；--apply-scores 另存一份填入建议执行率和得分的副本
      （仅单个文件）。退出码：0 无错误，1 发现错误，2 输入无法使用。
  report 文件.xlsx [--profile ID] [--md 输出.md] [--docx 输出.docx] [--sheet 输出.xlsx] [--limit 名称=值]…
      根据表中数据生成自评报告（纯文本输出到终端）。
  demo [--out 文件夹]
      用内置示例（2020 年某区信访局的自评表）演示：生成、填写并检查。
  profiles
      列出可用的评分标准。

--limit 调整读取上限（file-mb、parts、part-mb、inflated-mb、read-mb、cells、merges、skip-sheet-cells，
见 README“上限”），例如 --limit cells=1000000。

原文件从不被修改；输出文件已存在时不会覆盖；多个输出要么全部写入，要么一个也不写。`,
  unknownCommand: (c: string) => `未知命令“${c}”。`,
  badOption: (detail: string) => `参数有误：${detail}`,
  unknownOption: (option: string, command: string | undefined, valid: string) =>
    `未知选项“${option}”。${command ? `${command} 可用的选项：` : '可用的选项：'}${valid}。`,
  optionNotForCommand: (option: string, command: string, valid: string) =>
    `${command} 不接受选项 ${option}。${command} 可用的选项：${valid}。`,
  optionNeedsValue: (option: string) => `选项 ${option} 后面需要一个值。`,
  optionTakesNoValue: (option: string) => `选项 ${option} 不带值。`,
  unknownLimit: (given: string, names: string) =>
    `--limit ${given}：未知的上限名称；可用：${names}（写法如 --limit cells=1000000，见 README“上限”）。`,
  badLimit: (given: string, max: number) => `--limit ${given}：值应为 1 到 ${max} 之间的整数。`,
  missingOption: (name: string) => `缺少参数 --${name}。`,
  badKind: (k: string) => `--kind 应为 overall（整体支出）或 project（项目支出），而不是“${k}”。`,
  badYear: (y: string) => `--year 应为 2000–2100 之间的年份，而不是“${y}”。`,
  badRows: (r: string) => `--rows 应为 1–200 之间的整数，而不是“${r}”。`,
  unknownProfile: (p: string, known: string) => `未知的评分标准“${p}”，可用：${known}。`,
  outExists: (f: string) => `输出文件“${f}”已存在，为避免覆盖已停止；请换一个文件名或先删除它。`,
  outSameAsInput: (f: string) => `输出文件“${f}”与输入文件相同；原文件从不被修改，请另选输出位置。`,
  outIsInput: (out: string, option: string, input: string) =>
    `输出文件“${out}”（${option}）就是输入文件“${input}”；原文件从不被修改，请另选输出位置。`,
  outputsClash: (a: string, optionA: string, b: string, optionB: string) =>
    `输出文件“${a}”（${optionA}）与“${b}”（${optionB}）是同一个文件；请为它们分别指定不同的文件。`,
  outAppeared: (f: string) => `输出文件“${f}”在运行期间被创建，为避免覆盖没有写入它`,
  nothingWritten: (reason: string, withdrawn: number) =>
    `${reason.replace(/。$/, '')}；因此本次没有写入任何输出文件${withdrawn > 0 ? `（已撤回刚写入的 ${withdrawn} 个）` : ''}。`,
  notFound: (f: string) => `找不到“${f}”。`,
  cannotWrite: (f: string) => `无法写入“${f}”：请确认文件夹存在、有写入权限，且文件未被其他程序打开。`,
  noXlsxInFolder: (f: string) => `文件夹“${f}”中没有 .xlsx 文件。`,
  written: (f: string) => `已写入：${f}`,
  markedNeedsFolder: (f: string) => `检查文件夹时 --marked 应为一个文件夹，而“${f}”是文件。`,
  sheetNotRead: (file: string, sheet: string, cells: number) =>
    `${file}：工作表“${sheet}”有 ${cells.toLocaleString('en-US')} 个单元格且没有自评表的栏目，未读取。`,
  copyRefused: (file: string, reason: string) => `${file}：无法生成该工作簿的副本（标注或填分）——${reason}`,
  internalFileError: (detail: string) =>
    `检查此文件时出现内部错误（已跳过，其余文件照常检查；请将此信息反馈给开发者）：${detail}`,
  applyScoresNeedsFile: '--apply-scores 只能用于单个文件，不能用于文件夹。',
  scoreChange: (cell: string, label: string, before: string, after: string) =>
    `${cell}　${label}：${before} → ${after}`,
  noScoreChanges: (f: string) => `${f}：各执行率和得分已与评分规则一致，无需修改。`,
  scoresApplied: (n: number, f: string) => `已填入 ${n} 处建议值：${f}`,
  progress: (i: number, n: number, f: string) => `[${i}/${n}] ${f}`,
  fileError: (f: string, message: string) => `${f}：${message}`,
  noTable: (f: string) => `${f}：未找到绩效自评表。`,
  tableHeading: (file: string, sheet: string, unit: string, year: string) =>
    `${file} · ${sheet} · ${unit || '（未填单位）'} ${year}`,
  tableFigures: (rate: string, score: string, total: string, grade: string, profile: string) =>
    `执行率 ${rate}　执行率得分 ${score}　总分 ${total}　等级 ${grade}　评分标准 ${profile}`,
  columns: { cell: '单元格', severity: '级别', message: '说明' },
  noFindings: '未发现问题。',
  counts: (errors: number, warnings: number, infos: number) =>
    `错误 ${errors} 个，警告 ${warnings} 个，提示 ${infos} 个。`,
  folderDone: (files: number, tables: number, bad: number, errors: number) =>
    `共检查 ${files} 个文件、${tables} 张表；无法读取 ${bad} 个文件；发现错误 ${errors} 个。`,
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  blank: '—',
  summarySheet: '汇总',
  summaryTitle: '绩效自评表检查汇总',
  summaryHeaders: [
    '文件',
    '工作表',
    '单位/项目',
    '年度',
    '执行率',
    '执行率得分',
    '总分',
    '等级',
    '错误',
    '警告',
    '说明',
  ],
  profilesHeading: '可用的评分标准：',
  reportFirstTableOnly: (sheet: string, others: number) =>
    `工作簿中有多张表，报告依据工作表“${sheet}”的第一张表生成（其余 ${others} 张未用）。`,
  demoFilled: (f: string) => `已用内置示例填写：${f}`,
  demoStep: (n: number, text: string) => `\n第 ${n} 步：${text}`,
  demoSteps: [
    '生成空白的部门整体支出绩效自评表',
    '按 2020 年参考报告的原表填写（含原表中的错误），并填写“报告要素”表',
    '检查填好的表格',
    '根据表中数据生成自评报告',
  ],
  demoReport: (docx: string, md: string) =>
    `已生成自评报告：${docx}（Word）、${md}（Markdown）。表中没有的内容以【请填写：…】标出。`,
} as const;
