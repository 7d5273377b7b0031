import { parentPort, workerData } from "worker_threads";
import type { Lang } from "../core/messages";
import { validate } from "../validation/engine";
import type { Template } from "../validation/model";
import { validationReport } from "../validation/report";
import { BUILT_IN_TEMPLATES, findPack, PACKS, templatesOfPack } from "../validation/templates";
import { readXlsx, XLSX_LIMITS } from "../workbook/xlsx";
import { readRegularFile } from "./files";

/** One file's check, the same in-process and on a worker thread: the report, or why the file could not be checked. */

export interface TemplateChoice {
  template?: string;
  pack?: string;
}

export type Report = ReturnType<typeof validationReport>;
export type FileOutcome = { file: string; ok: true; report: Report; explain?: string[][] } | { file: string; ok: false; code: 2; error: string };

/** A template file is a few kilobytes of JSON; anything near this is not one. */
const TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;

/** The templates a choice means, or a usage error in words. */
export function templatesFor(choice: TemplateChoice): Template[] | string {
  if (choice.pack !== undefined) {
    if (choice.template !== undefined) return "--pack and --template cannot be combined: a pack is a set of templates";
    const pack = findPack(choice.pack);
    return pack ? templatesOfPack(pack.id) : `unknown pack "${choice.pack}"; packs: ${PACKS.map((p) => `${p.id} (${p.name.zh})`).join(", ")}`;
  }
  const id = choice.template;
  if (!id || id === "auto") return BUILT_IN_TEMPLATES;
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return [builtIn];
  if (id.endsWith(".json")) {
    const read = readRegularFile(id, TEMPLATE_FILE_BYTES);
    if (!read.ok) return `cannot read template file ${id}: ${read.reason}`;
    // A template saved by Windows Notepad starts with a byte-order mark.
    const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
    // The schema checker (ajv) loads only for a template file.
    const { parseTemplateFile } = require("../validation/schema") as typeof import("../validation/schema");
    const parsed = parseTemplateFile(text);
    return parsed.ok ? parsed.templates : `template file ${id} is not valid: ${parsed.errors.join("; ")}`;
  }
  return `unknown template "${id}"; built-in: ${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}, or a .json template file`;
}

const cache = new Map<string, Template[] | string>();
const templatesOnce = (choice: TemplateChoice) => {
  const key = JSON.stringify(choice);
  if (!cache.has(key)) cache.set(key, templatesFor(choice));
  return cache.get(key)!;
};

/** Reads and checks one workbook. Never throws: an unreadable file is an outcome with its reason. */
export async function checkFile(file: string, choice: TemplateChoice, lang: Lang, withExplain = false): Promise<FileOutcome> {
  const templates = templatesOnce(choice);
  if (typeof templates === "string") return { file, ok: false, code: 2, error: templates };
  const read = readRegularFile(file, XLSX_LIMITS.fileBytes);
  if (!read.ok) return { file, ok: false, code: 2, error: `cannot read ${file}: ${read.reason}` };
  let workbook;
  try {
    workbook = await readXlsx(read.bytes);
  } catch (error) {
    return { file, ok: false, code: 2, error: `${file} is not a readable .xlsx workbook: ${(error as Error).message.split("\n")[0]}` };
  }
  try {
    const result = validate(workbook, templates);
    const report = validationReport(file, result, lang);
    const explain = withExplain ? result.tables.map((t) => t.explain.map((d) => (lang === "zh-CN" ? d.zh : d.en))) : undefined;
    return { file, ok: true, report, explain };
  } catch (error) {
    // Never a stack trace: one line, and the exit code for unusable input.
    return { file, ok: false, code: 2, error: `${file} could not be checked: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** A worker thread's loop: a file name in, its outcome out. */
export function serveChecks(): void {
  const { choice, lang } = workerData as { choice: TemplateChoice; lang: Lang };
  parentPort!.on("message", (file: string) => {
    void checkFile(file, choice, lang).then((outcome) => parentPort!.postMessage(outcome));
  });
}
