import { startTransition, useRef, useState } from "react";
import type { Language, UiStrings } from "../i18n/ui";
import { validateInSlices, ValidationProgress, ValidationResult } from "../validation/engine";
import { BUILT_IN_TEMPLATES, templatesOfPack } from "../validation/templates";
import { compactToSnapshot, CompactSheet } from "../workbook/compact";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { JobMessage } from "./check-job";
import { previewAround, type SheetPreview } from "../workbook/preview";
import { startCheckWorker } from "./worker-client";

export type CheckStatus = "idle" | "reading" | "locating" | "checking";
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
  /** The running worker job, while there is one: Cancel terminates it. */
  const job = useRef<{ worker: Worker; finish: () => void }>(undefined);
  const [cancellable, setCancellable] = useState(false);
  /** What previews are drawn from: the workbook read in the page, or the worker that keeps it. */
  const kept = useRef<{ snapshot?: WorkbookSnapshot; worker?: Worker; answer?: (p: SheetPreview | undefined) => void }>({});

  const unreadable = (reason: { zh: string; en: string } | undefined, fallback: string) =>
    t.unreadable + (reason ? (language === "zh-CN" ? reason.zh : reason.en) : fallback);

  /** A new check starts clean: the previous file's results never stand beside a check in progress. */
  function begin() {
    kept.current.worker?.terminate();
    kept.current = {};
    setProblem(undefined);
    setProgress(undefined);
    setResult(undefined);
    setSource("");
    setStatus("reading");
  }

  /** `read` may report its progress (Excel reads the cells block by block). */
  async function check(label: string, read: (onProgress: (done: number, total: number) => void) => Promise<WorkbookSnapshot>) {
    begin();
    try {
      const snapshot = await read((done, total) => setProgress({ done, total }));
      kept.current = { snapshot };
      setProgress(undefined);
      setStatus("locating");
      await nextFrame();
      // In slices, so Excel and the pane stay responsive on a large workbook.
      // A chosen pack narrows detection to its tables; "" looks for every built-in table.
      setResult(
        await validateInSlices(
          snapshot,
          pack ? templatesOfPack(pack) : BUILT_IN_TEMPLATES,
          (p) => {
            setStatus(p.done < p.total / 2 ? "locating" : "checking");
            setProgress(p);
          },
          30,
          { chosen: !!pack },
        ),
      );
      setSource(label);
    } catch (error) {
      // The reader says why in both languages; anything else as it was said.
      setProblem(unreadable((error as { reason?: { zh: string; en: string } }).reason, (error as Error).message));
    } finally {
      setStatus("idle");
    }
  }

  /** A file, in the page's worker where one can start: the page stays responsive, with progress by stage and Cancel. */
  async function openFile(file: File | undefined) {
    if (!file) return;
    const worker = startCheckWorker();
    if (!worker) {
      // The reader is loaded only here, in file mode; the size is checked before the file is read into memory.
      await check(file.name, async () => {
        const { readXlsx, READER, XLSX_LIMITS, UnreadableWorkbook } = await import("../workbook/xlsx");
        if (file.size > XLSX_LIMITS.fileBytes) throw new UnreadableWorkbook(READER.tooLarge(XLSX_LIMITS.fileBytes));
        return readXlsx(await file.arrayBuffer());
      });
      return;
    }
    begin();
    const bytes = await file.arrayBuffer();
    await new Promise<void>((resolve) => {
      /** `keep`: the check succeeded; the worker stays to answer for previews. */
      const finish = (keep = false) => {
        if (keep) kept.current = { worker };
        else worker.terminate();
        job.current = undefined;
        setCancellable(false);
        setStatus("idle");
        resolve();
      };
      job.current = { worker, finish };
      setCancellable(true);
      const findings: ValidationResult["findings"] = [];
      worker.onmessage = (event: MessageEvent<JobMessage>) => {
        const message = event.data;
        if (message.type === "preview") {
          kept.current.answer?.(message.preview);
          return;
        }
        if (job.current?.worker !== worker) return; // cancelled meanwhile
        if (message.type === "progress") {
          setStatus(message.stage === "read" ? "reading" : message.stage === "locate" ? "locating" : "checking");
          setProgress({ done: message.done, total: message.total });
        } else if (message.type === "findings") {
          for (const f of message.findings) findings.push(f);
        } else if (message.type === "done") {
          // Rendering thousands of findings is interruptible: the page answers input while it draws them.
          startTransition(() => {
            setResult({ ...message.result, findings });
            setSource(file.name);
          });
          finish(true);
        } else {
          setProblem(unreadable(message.reason, ""));
          finish();
        }
      };
      worker.onerror = (event: ErrorEvent) => {
        // A worker stopped by Cancel may still report the load it was in the middle of: that is not the user's problem.
        if (job.current?.worker !== worker) return;
        setProblem(unreadable(undefined, event.message));
        finish();
      };
      worker.postMessage({ bytes, pack }, [bytes]);
    });
  }

  /** Stops a file's check; nothing of it is shown. */
  function cancel() {
    if (!job.current) return;
    job.current.finish();
    setProgress(undefined);
    setProblem(t.cancelled);
  }

  /** A window of the checked workbook around a cell (browser mode): from the page's copy, or asked of the worker. */
  async function preview(sheet: string, cell: string): Promise<SheetPreview | undefined> {
    const { snapshot, worker } = kept.current;
    if (snapshot) return previewAround(snapshot, sheet, cell);
    if (!worker) return undefined;
    return new Promise((resolve) => {
      kept.current.answer = resolve;
      worker.postMessage({ preview: { sheet, cell } });
    });
  }

  async function openSample(name: SampleName, label: string) {
    await check(label, async () => {
      const data = name === "anlong-2021" ? await import("../../samples/data/anlong-2021.json") : await import("../../samples/data/kunlun-2025q1.json");
      return { sheets: (data.sheets as CompactSheet[]).map((s) => compactToSnapshot(s)) };
    });
  }

  return { source, result, status, progress, problem, check, openFile, openSample, cancel, cancellable, preview };
}
