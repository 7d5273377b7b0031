/**
 * Why a file cannot be read, in Chinese and English: every reason the reader gives, worded for the
 * person who has to fix the file. (The workbook layer imports nothing else, so the pair is its own type.)
 */
export interface Said {
  zh: string;
  en: string;
}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const READER = {
  passwordProtected: (): Said => ({
    zh: "这是设置了密码的工作簿：请在 Excel 中打开，取消密码（文件 > 信息 > 保护工作簿）后另存为 .xlsx",
    en: "it is a password-protected workbook: open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx",
  }),
  legacyXls: (): Said => ({
    zh: "这是旧版 .xls 工作簿：请在 Excel 中打开并另存为 .xlsx",
    en: "it is a legacy .xls workbook: open it in Excel and save it as .xlsx",
  }),
  text: (): Said => ({
    zh: "这是文本文件（CSV？），不是 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx",
    en: "it is text (CSV?), not an .xlsx workbook: open it in Excel and save it as .xlsx",
  }),
  notZip: (): Said => ({ zh: "不是 .xlsx 工作簿（不是 zip 压缩包）", en: "not an .xlsx workbook (it is not a zip archive)" }),
  damaged: (what: string): Said => ({ zh: `文件不完整或已损坏（${what}）`, en: `the file is truncated or damaged (${what})` }),
  empty: (): Said => ({ zh: "文件是空的", en: "the file is empty" }),
  tooLarge: (limit: number): Said => ({ zh: `文件大于 ${MB(limit)}`, en: `the file is larger than ${MB(limit)}` }),
  zip64: (): Said => ({ zh: "压缩包使用 ZIP64，远超披露工作簿的规模", en: "the archive uses ZIP64, far beyond a disclosure workbook" }),
  entries: (limit: number): Said => ({ zh: `压缩包的条目超过 ${limit} 个`, en: `the archive has more than ${limit} entries` }),
  encrypted: (): Said => ({
    zh: "压缩包内容已加密：请取消密码后另存为 .xlsx",
    en: "the archive's parts are encrypted: save the workbook without a password, as .xlsx",
  }),
  inflatesBeyond: (limit: number): Said => ({
    zh: `工作簿解压后将超过 ${MB(limit)}（可能是压缩炸弹）`,
    en: `the workbook would inflate to more than ${MB(limit)} (possible zip bomb)`,
  }),
  ratio: (limit: number): Said => ({
    zh: `某个条目的解压比超过 ${limit} 倍（可能是压缩炸弹）`,
    en: `an entry inflates more than ${limit} times (possible zip bomb)`,
  }),
  partTooLarge: (part: string, limit: number): Said => ({
    zh: `部件 ${part} 解压后超过 ${MB(limit)}`,
    en: `the part ${part} inflates to more than ${MB(limit)}`,
  }),
  method: (part: string, method: number): Said => ({
    zh: `部件 ${part} 使用了 Excel 不会写出的压缩方式 ${method}`,
    en: `the part ${part} uses zip method ${method}, which Excel does not write`,
  }),
  noWorkbook: (): Said => ({
    zh: "压缩包中没有 Excel 工作簿（缺少 xl/workbook.xml）",
    en: "the zip archive holds no Excel workbook (xl/workbook.xml is missing)",
  }),
  sheets: (limit: number): Said => ({ zh: `工作簿的工作表超过 ${limit} 个`, en: `the workbook has more than ${limit} sheets` }),
  unlistedSheet: (name: string): Said => ({
    zh: `工作簿列出的工作表“${name}”找不到对应部件（工作簿已损坏）`,
    en: `the workbook names a sheet "${name}" whose part is not listed (damaged workbook)`,
  }),
  sharedStrings: (limit: number): Said => ({ zh: `工作簿的共享字符串超过 ${limit} 个`, en: `the workbook has more than ${limit} shared strings` }),
  beyondGrid: (sheet: string, what: string): Said => ({
    zh: `工作表“${sheet}”的${what}超出 Excel 的表格范围（工作簿已损坏）`,
    en: `sheet "${sheet}" has ${what} beyond Excel's grid (damaged workbook)`,
  }),
  cells: (limit: number): Said => ({ zh: `工作簿中有值的单元格超过 ${limit} 个`, en: `the workbook has more than ${limit} cells with values` }),
  merges: (sheet: string, limit: number): Said => ({
    zh: `工作表“${sheet}”的合并区域超过 ${limit} 个`,
    en: `sheet "${sheet}" has more than ${limit} merged areas`,
  }),
  missingPart: (sheet: string, part: string): Said => ({
    zh: `工作表“${sheet}”的部件（${part}）缺失（工作簿已损坏）`,
    en: `the part of sheet "${sheet}" (${part}) is missing (damaged workbook)`,
  }),
  overlappingMerges: (sheet: string): Said => ({
    zh: `工作表“${sheet}”的合并区域相互重叠（工作簿已损坏）`,
    en: `sheet "${sheet}" has merged areas that overlap (damaged workbook)`,
  }),
  invalidXml: (part: string, why: string): Said => ({ zh: `部件 ${part} 不是有效的 XML（${why}）`, en: `the part ${part} is not valid XML (${why})` }),
};
