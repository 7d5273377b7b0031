import type { Bilingual } from "../core/messages";

/** What the CLI says about its arguments and files, in the language of --lang (validate, template, templates). */
export const CLI = {
  unknownOption: (name: string): Bilingual => ({ zh: `未知选项 --${name}`, en: `unknown option --${name}` }),
  needsValue: (name: string): Bilingual => ({ zh: `--${name} 需要一个值`, en: `--${name} needs a value` }),
  noInputs: (): Bilingual => ({ zh: "validate 需要 .xlsx 文件或包含它们的文件夹", en: "validate takes .xlsx files or folders of them" }),
  format: (got: string): Bilingual => ({ zh: `--format 只能是 text 或 json，收到“${got}”`, en: `--format must be text or json, got "${got}"` }),
  lang: (got: string): Bilingual => ({ zh: `--lang 只能是 zh-CN 或 en-US，收到“${got}”`, en: `--lang must be zh-CN or en-US, got "${got}"` }),
  summaryNotXlsx: (got: string): Bilingual => ({ zh: `--summary 写出 .xlsx 工作簿，收到“${got}”`, en: `--summary writes an .xlsx workbook, got "${got}"` }),
  noXlsxIn: (folders: string[]): Bilingual => ({ zh: `${folders.join("、")} 中没有 .xlsx 文件`, en: `no .xlsx file in ${folders.join(", ")}` }),
  packAndTemplate: (): Bilingual => ({
    zh: "--pack 与 --template 不能同时使用：模板包本身就是一组模板",
    en: "--pack and --template cannot be combined: a pack is a set of templates",
  }),
  unknownPack: (name: string, packs: string[]): Bilingual => ({
    zh: `未知的模板包“${name}”；可选：${packs.join(", ")}`,
    en: `unknown pack "${name}"; packs: ${packs.join(", ")}`,
  }),
  unknownTemplate: (id: string, ids: string[], file = true): Bilingual => ({
    zh: `未知的模板“${id}”；内置模板：${ids.join(", ")}${file ? "，或一个 .json 模板文件" : ""}`,
    en: `unknown template "${id}"; built-in: ${ids.join(", ")}${file ? ", or a .json template file" : ""}`,
  }),
  templateUnreadable: (file: string, reason: Bilingual): Bilingual => ({
    zh: `无法读取模板文件 ${file}：${reason.zh}`,
    en: `cannot read template file ${file}: ${reason.en}`,
  }),
  templateInvalid: (file: string, errors: string[]): Bilingual => ({
    zh: `模板文件 ${file} 不符合格式：${errors.join("; ")}`,
    en: `template file ${file} is not valid: ${errors.join("; ")}`,
  }),
  cannotRead: (file: string, reason: Bilingual): Bilingual => ({ zh: `无法读取 ${file}：${reason.zh}`, en: `cannot read ${file}: ${reason.en}` }),
  notXlsx: (file: string, reason: Bilingual): Bilingual => ({
    zh: `${file} 不是可读取的 .xlsx 工作簿：${reason.zh}`,
    en: `${file} is not a readable .xlsx workbook: ${reason.en}`,
  }),
  couldNotCheck: (file: string, why: string): Bilingual => ({ zh: `${file} 无法检查：${why}`, en: `${file} could not be checked: ${why}` }),
  workerStopped: (why: string): Bilingual => ({ zh: `检查中断：${why}`, en: `the check stopped: ${why}` }),
  exists: (file: string): Bilingual => ({
    zh: `${file} 已存在；请换一个文件名（不会覆盖已有文件）`,
    en: `${file} exists; choose another name (files are never overwritten)`,
  }),
  cannotWrite: (file: string, why: string): Bilingual => ({ zh: `无法写入 ${file}：${why}`, en: `cannot write ${file}: ${why}` }),
  wroteSummary: (file: string): Bilingual => ({ zh: `已写入汇总 ${file}`, en: `wrote the summary ${file}` }),
  wroteBlank: (file: string, title: Bilingual): Bilingual => ({ zh: `已写入 ${file}（${title.zh}）`, en: `wrote ${file} (${title.en})` }),
  templateUsage: (): Bilingual => ({
    zh: "用法：green-disclosure template <id> --out <file.xlsx>",
    en: "usage: green-disclosure template <id> --out <file.xlsx>",
  }),
};

/** Why a file cannot be read (./files). */
export const FILE = {
  missing: (): Bilingual => ({ zh: "没有这个文件", en: "no such file" }),
  denied: (): Bilingual => ({ zh: "没有读取权限", en: "permission denied" }),
  folder: (): Bilingual => ({ zh: "这是一个文件夹", en: "it is a folder" }),
  notRegular: (zh: string, en: string): Bilingual => ({ zh: `这是${zh}，不是普通文件`, en: `it is ${en}, not a regular file` }),
  tooLarge: (mb: string): Bilingual => ({ zh: `文件大于 ${mb}`, en: `the file is larger than ${mb}` }),
  changed: (): Bilingual => ({ zh: "读取时文件发生了变化", en: "the file changed while it was read" }),
  other: (message: string): Bilingual => ({ zh: message, en: message }),
};
