import { validationSteps, ValidationResult } from "../validation/engine";
import { BUILT_IN_TEMPLATES, templatesOfPack } from "../validation/templates";
import { readXlsx, UnreadableWorkbook, XLSX_LIMITS, READER } from "../workbook/xlsx";
import type { SheetPreview } from "../workbook/preview";
import type { WorkbookSnapshot } from "../workbook/snapshot";

/**
 * Reading and checking an .xlsx file, as the page's worker runs it (./check-worker): progress by stage
 * (read, locate, check), then the result or why the file could not be read. The same code runs in the
 * page where no worker can start.
 */
export type Stage = "read" | "locate" | "check";

export type JobMessage =
  | { type: "progress"; stage: Stage; done: number; total: number }
  /** Findings come ahead of the result in parts: one message of 10⁵ findings would hold the page while it is unpacked. */
  | { type: "findings"; findings: ValidationResult["findings"] }
  | { type: "done"; result: ValidationResult }
  | { type: "failed"; reason: { zh: string; en: string } }
  | { type: "preview"; preview: SheetPreview | undefined };

export interface JobRequest {
  bytes: ArrayBuffer;
  /** A pack id, or "" for every built-in template. */
  pack: string;
}

/** After the result, the worker keeps the workbook and answers for windows of it (the browser's sheet preview). */
export interface PreviewRequest {
  preview: { sheet: string; cell: string };
}

/** At most this often a progress message: enough for a smooth bar, never a flood of messages. */
const PROGRESS_MS = 50;
/** Findings per message: each unpacks on the page's thread in a few milliseconds. */
const FINDINGS_PER_MESSAGE = 1000;

/** Runs the check; resolves to the workbook read (kept for previews), or undefined when it could not be read. */
export async function runCheckJob({ bytes, pack }: JobRequest, post: (message: JobMessage) => void): Promise<WorkbookSnapshot | undefined> {
  let last = 0;
  const progress = (stage: Stage, done: number, total: number, force = false) => {
    const now = Date.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    post({ type: "progress", stage, done, total });
  };
  try {
    if (bytes.byteLength > XLSX_LIMITS.fileBytes) throw new UnreadableWorkbook(READER.tooLarge(XLSX_LIMITS.fileBytes));
    progress("read", 0, 1, true);
    const workbook = await readXlsx(bytes, (done, total) => progress("read", done, total));
    const sheets = workbook.sheets.length;
    progress("locate", 0, Math.max(1, sheets), true);
    const steps = validationSteps(workbook, pack ? templatesOfPack(pack) : BUILT_IN_TEMPLATES, { chosen: !!pack });
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const { findings, ...rest } = step.value;
        for (let i = 0; i < findings.length; i += FINDINGS_PER_MESSAGE) post({ type: "findings", findings: findings.slice(i, i + FINDINGS_PER_MESSAGE) });
        post({ type: "done", result: { ...rest, findings: [] } });
        return workbook;
      }
      // The engine counts sheets located, then tables checked, in one total of twice the sheets.
      const { done, total } = step.value;
      const half = total / 2;
      if (done < half) progress("locate", done, half);
      else progress("check", done - half, half);
    }
  } catch (error) {
    const reason = error instanceof UnreadableWorkbook ? error.reason : { zh: (error as Error).message, en: (error as Error).message };
    post({ type: "failed", reason });
    return undefined;
  }
}
