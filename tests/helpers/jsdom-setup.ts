import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { configure } from "@testing-library/react";

/** jsdom has no ResizeObserver; Fluent's MessageBar observes its size. A no-op stand-in is enough for tests. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const scope = globalThis as { ResizeObserver?: unknown; TextDecoder?: unknown; TextEncoder?: unknown };
scope.ResizeObserver ??= NoopResizeObserver;
// The workbook reader decodes XML with TextDecoder, which browsers have and jsdom does not.
scope.TextDecoder ??= NodeTextDecoder;
scope.TextEncoder ??= NodeTextEncoder;
// findBy… and waitFor wait for checks of whole sample workbooks: on a loaded two-core CI machine running test files in
// parallel those take more than testing-library's default second. The waits assert what appears, never how fast.
configure({ asyncUtilTimeout: 15_000 });
export {};
