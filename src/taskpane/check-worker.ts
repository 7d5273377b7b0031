/// <reference lib="webworker" />
/*
 * The page's worker: reads and checks a file off the main thread, so a 100,000-row ledger never
 * freezes the pane. Cancel is the page terminating it.
 */
import { JobRequest, runCheckJob } from "./check-job";

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<JobRequest>) => {
  void runCheckJob(event.data, (message) => scope.postMessage(message));
};
