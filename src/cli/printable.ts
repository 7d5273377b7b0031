/**
 * Text from a workbook reaches a terminal: a sheet name or a label may hold escape sequences (clear the
 * screen, move the cursor, reorder text) or line breaks that forge report lines. These show them as
 * visible escapes instead.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- likewise
const CONTROLS_AND_BREAKS = /[\u0000-\u0008\n\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => (ch === "\n" ? "\\n" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Output we composed (its own line breaks and tabs stay), with any control character escaped. */
export function printable(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** A value from the workbook inside one line of a report: line breaks escaped too. */
export function inline(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, escape);
}

/** Every string in a report value, made inline-safe (a deep copy). */
export function inlineStrings<T>(value: T): T {
  if (typeof value === "string") return inline(value) as T;
  if (Array.isArray(value)) return value.map(inlineStrings) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inlineStrings(v)])) as T;
  return value;
}

/** Columns a text takes in a terminal: Chinese characters take two. */
export function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

/** Padded to `width` terminal columns, on the right (numbers: `right`, on the left). */
export function pad(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}
