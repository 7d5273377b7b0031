/**
 * Starts the check worker (webpack bundles ./check-worker as a file of its own, served from the
 * page's origin, which the page's CSP allows). Undefined where no worker can start: the check then
 * runs in the page, in slices.
 */
export function startCheckWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./check-worker.ts", import.meta.url));
  } catch {
    return undefined;
  }
}
