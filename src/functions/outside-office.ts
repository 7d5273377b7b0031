/*
 * Outside Excel (the same page opened in a plain browser) there is no custom-functions runtime.
 * Registration then does nothing, so the page loads without errors.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  scope.CustomFunctions = { associate: () => undefined };
}
export {};
