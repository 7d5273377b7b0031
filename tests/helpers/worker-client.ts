/**
 * The check worker in jsdom: the same job (src/taskpane/check-job.ts), run in-process but
 * asynchronously, with messages that stop once it is terminated — enough to test progress, results,
 * errors and Cancel in the pane's hook. `startCheckWorker.disabled` makes it unavailable.
 */
import { JobMessage, JobRequest, PreviewRequest, runCheckJob } from "../../src/taskpane/check-job";
import { previewAround } from "../../src/workbook/preview";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";

export class InProcessWorker {
  onmessage: ((event: { data: JobMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  static started: InProcessWorker[] = [];
  /** Holds the job until `release()`: a test can cancel a check in progress. */
  static hold = false;
  private pending?: () => void;

  constructor() {
    InProcessWorker.started.push(this);
  }

  private workbook?: WorkbookSnapshot;

  postMessage(request: JobRequest | PreviewRequest): void {
    const send = (message: JobMessage) => {
      if (!this.terminated) setTimeout(() => !this.terminated && this.onmessage?.({ data: message }), 0);
    };
    if ("preview" in request) {
      send({ type: "preview", preview: this.workbook && previewAround(this.workbook, request.preview.sheet, request.preview.cell) });
      return;
    }
    const run = () => void runCheckJob(request, send).then((read) => (this.workbook = read));
    if (InProcessWorker.hold) this.pending = run;
    else setTimeout(run, 0);
  }

  release(): void {
    this.pending?.();
  }

  terminate(): void {
    this.terminated = true;
  }
}

export function startCheckWorker(): Worker | undefined {
  if (startCheckWorker.disabled) return undefined;
  return new InProcessWorker() as unknown as Worker;
}
startCheckWorker.disabled = false;
