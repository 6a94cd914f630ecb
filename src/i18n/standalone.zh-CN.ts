/** User-facing Chinese text of the standalone page (its toolbar and messages; the pane has its own catalogue). */
export const STANDALONE_TEXT = {
  title: '绩效自评助手',
  open: '打开 .xlsx',
  save: '保存为 .xlsx',
  clear: '清除本地保存',
  example: '载入示例',
  exampleInserted: (sheet: string) =>
    `已插入示例“${sheet}”（2020 年参考表，含原表的错误）：在右侧“校验”中点击“校验”查看问题。`,
  exampleFailed: (detail: string) => `无法载入示例：${detail}`,
  clearConfirm: '清除浏览器中保存的工作簿，并换成一个空白工作簿？未另存为 .xlsx 的内容将丢失。',
  replaceConfirm: (name: string) =>
    `打开“${name}”将替换当前工作簿。当前内容已保存在本浏览器中，但会被替换。继续吗？`,
  dropHint: '松开鼠标以打开该 .xlsx 文件',
  notXlsx: (name: string) => `“${name}”不是 .xlsx 文件；请选择 Excel 工作簿（.xlsx）。`,
  opened: (name: string) => `已打开“${name}”。`,
  saved: (name: string) => `已保存为“${name}”。`,
  kept: (time: string) => `已自动保存在本浏览器（${time}）。`,
  restored: (name: string) => `已恢复上次的工作簿“${name}”。`,
  cleared: '已清除本地保存，换成空白工作簿。',
  keepFailed: '无法在本浏览器中保存工作簿（可能是隐私模式或存储已满）；请及时保存为 .xlsx。',
  saveFailed: '保存 .xlsx 失败，请重试。',
  startFailed: (detail: string) => `表格未能启动：${detail}。请刷新页面重试。`,
  loading: '正在加载表格……',
  defaultFileName: '绩效自评表',
  blankSheet: 'Sheet1',
} as const;
