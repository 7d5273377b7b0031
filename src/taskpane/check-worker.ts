/// <reference lib="webworker" />
/*
 * The page's worker: reads and checks a file off the main thread, so a 100,000-row ledger never
 * freezes the pane; then keeps the workbook to answer for previews of it. Cancel, or the next file,
 * is the page terminating it.
 */
import { previewAround } from "../workbook/preview";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { JobRequest, PreviewRequest, runCheckJob } from "./check-job";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let workbook: WorkbookSnapshot | undefined;
scope.onmessage = (event: MessageEvent<JobRequest | PreviewRequest>) => {
  const request = event.data;
  if ("preview" in request) {
    scope.postMessage({ type: "preview", preview: workbook && previewAround(workbook, request.preview.sheet, request.preview.cell) });
    return;
  }
  void runCheckJob(request, (message) => scope.postMessage(message)).then((read) => (workbook = read));
};
