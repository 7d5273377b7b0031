import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

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
export {};
