import { parentPort, workerData } from "worker_threads";
import type { Bilingual, Lang } from "../core/messages";
import { CLI } from "./messages";
import { validate } from "../validation/engine";
import type { Template } from "../validation/model";
import { validationReport } from "../validation/report";
import { BUILT_IN_TEMPLATES, findPack, PACKS, templatesOfPack } from "../validation/templates";
import { readXlsx, UnreadableWorkbook, XLSX_LIMITS } from "../workbook/xlsx";
import { readRegularFile } from "./files";

/** One file's check, the same in-process and on a worker thread: the report, or why the file could not be checked. */

export interface TemplateChoice {
  template?: string;
  pack?: string;
}

export type Report = ReturnType<typeof validationReport>;
export type FileOutcome = { file: string; ok: true; report: Report; explain?: string[][] } | { file: string; ok: false; code: 2; error: Bilingual };

/** The reader's reason in both languages; anything else it threw, as it said it. */
function readerReason(error: unknown): Bilingual {
  if (error instanceof UnreadableWorkbook) return error.reason;
  const line = (error as Error).message.split("\n")[0];
  return { zh: line, en: line };
}

/** A template file is a few kilobytes of JSON; anything near this is not one. */
const TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;

/** The templates a choice means, or a usage error in words. */
export function templatesFor(choice: TemplateChoice): Template[] | Bilingual {
  if (choice.pack !== undefined) {
    if (choice.template !== undefined) return CLI.packAndTemplate();
    const pack = findPack(choice.pack);
    return pack
      ? templatesOfPack(pack.id)
      : CLI.unknownPack(
          choice.pack,
          PACKS.map((p) => `${p.id} (${p.name.zh})`),
        );
  }
  const id = choice.template;
  if (!id || id === "auto") return BUILT_IN_TEMPLATES;
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return [builtIn];
  if (id.endsWith(".json")) {
    const read = readRegularFile(id, TEMPLATE_FILE_BYTES);
    if (!read.ok) return CLI.templateUnreadable(id, read.reason);
    // A template saved by Windows Notepad starts with a byte-order mark.
    const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
    // The schema checker (ajv) loads only for a template file.
    const { parseTemplateFile } = require("../validation/schema") as typeof import("../validation/schema");
    const parsed = parseTemplateFile(text);
    return parsed.ok ? parsed.templates : CLI.templateInvalid(id, parsed.errors);
  }
  return CLI.unknownTemplate(
    id,
    BUILT_IN_TEMPLATES.map((t) => t.id),
  );
}

const cache = new Map<string, Template[] | Bilingual>();
const templatesOnce = (choice: TemplateChoice) => {
  const key = JSON.stringify(choice);
  if (!cache.has(key)) cache.set(key, templatesFor(choice));
  return cache.get(key)!;
};

/** Reads and checks one workbook. Never throws: an unreadable file is an outcome with its reason. */
export async function checkFile(file: string, choice: TemplateChoice, lang: Lang, withExplain = false): Promise<FileOutcome> {
  const templates = templatesOnce(choice);
  if (!Array.isArray(templates)) return { file, ok: false, code: 2, error: templates };
  const read = readRegularFile(file, XLSX_LIMITS.fileBytes);
  if (!read.ok) return { file, ok: false, code: 2, error: CLI.cannotRead(file, read.reason) };
  let workbook;
  try {
    workbook = await readXlsx(read.bytes);
  } catch (error) {
    return { file, ok: false, code: 2, error: CLI.notXlsx(file, readerReason(error)) };
  }
  try {
    const result = validate(workbook, templates, { chosen: choice.template !== undefined || choice.pack !== undefined });
    const report = validationReport(file, result, lang);
    const explain = withExplain ? result.tables.map((t) => t.explain.map((d) => (lang === "zh-CN" ? d.zh : d.en))) : undefined;
    return { file, ok: true, report, explain };
  } catch (error) {
    // Never a stack trace: one line, and the exit code for unusable input.
    return { file, ok: false, code: 2, error: CLI.couldNotCheck(file, (error as Error).message.split("\n")[0]) };
  }
}

/** A worker thread's loop: a file name in, its outcome out. */
export function serveChecks(): void {
  const { choice, lang } = workerData as { choice: TemplateChoice; lang: Lang };
  parentPort!.on("message", (file: string) => {
    void checkFile(file, choice, lang).then((outcome) => parentPort!.postMessage(outcome));
  });
}
