/** jsdom has no ResizeObserver; Fluent's MessageBar observes its size. A no-op stand-in is enough for tests. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const scope = globalThis as { ResizeObserver?: unknown };
scope.ResizeObserver ??= NoopResizeObserver;
export {};
