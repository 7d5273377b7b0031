import { useState } from "react";
import type { Language, UiStrings } from "../i18n/ui";
import { validateInSlices, ValidationProgress, ValidationResult } from "../validation/engine";
import { BUILT_IN_TEMPLATES, templatesOfPack } from "../validation/templates";
import { compactToSnapshot, CompactSheet } from "../workbook/compact";
import type { WorkbookSnapshot } from "../workbook/snapshot";

export type CheckStatus = "idle" | "reading" | "checking";
export type SampleName = "anlong-2021" | "kunlun-2025q1";

/** Lets React paint (progress) before a long synchronous step. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Reading a workbook and checking it: the state the check panel shows, and the ways to start a check. */
export function useCheck(t: UiStrings, language: Language = "zh-CN", pack = "") {
  const [source, setSource] = useState("");
  const [result, setResult] = useState<ValidationResult>();
  const [status, setStatus] = useState<CheckStatus>("idle");
  const [progress, setProgress] = useState<ValidationProgress>();
  const [problem, setProblem] = useState<string>();

  /** `read` may report its progress (Excel reads the cells block by block). */
  async function check(label: string, read: (onProgress: (done: number, total: number) => void) => Promise<WorkbookSnapshot>) {
    setProblem(undefined);
    setProgress(undefined);
    setStatus("reading");
    try {
      const snapshot = await read((done, total) => setProgress({ done, total }));
      setProgress(undefined);
      setStatus("checking");
      await nextFrame();
      // In slices, so Excel and the pane stay responsive on a large workbook.
      // A chosen pack narrows detection to its tables; "" looks for every built-in table.
      setResult(await validateInSlices(snapshot, pack ? templatesOfPack(pack) : BUILT_IN_TEMPLATES, setProgress));
      setSource(label);
    } catch (error) {
      // The reader says why in both languages; anything else as it was said.
      const reason = (error as { reason?: { zh: string; en: string } }).reason;
      setProblem(t.unreadable + (reason ? (language === "zh-CN" ? reason.zh : reason.en) : (error as Error).message));
    } finally {
      setStatus("idle");
    }
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    // The reader is loaded only here, in file mode; the size is checked before the file is read into memory.
    await check(file.name, async () => {
      const { readXlsx, READER, XLSX_LIMITS, UnreadableWorkbook } = await import("../workbook/xlsx");
      if (file.size > XLSX_LIMITS.fileBytes) throw new UnreadableWorkbook(READER.tooLarge(XLSX_LIMITS.fileBytes));
      return readXlsx(await file.arrayBuffer());
    });
  }

  async function openSample(name: SampleName, label: string) {
    await check(label, async () => {
      const data = name === "anlong-2021" ? await import("../../samples/data/anlong-2021.json") : await import("../../samples/data/kunlun-2025q1.json");
      return { sheets: (data.sheets as CompactSheet[]).map((s) => compactToSnapshot(s)) };
    });
  }

  return { source, result, status, progress, problem, check, openFile, openSample };
}
