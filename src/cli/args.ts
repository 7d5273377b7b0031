import { parseNumericText } from "../core/numbers";
import type { Arg } from "../functions/broadcast";

/**
 * Reads a command-line argument the way Excel reads typed cell input: 12.5 and 1.2% are numbers
 * (1.2% = 0.012), TRUE/FALSE are logical, a JSON array like [[1],[2]] is a range, the rest is text.
 */
export function readArgument(text: string): Arg {
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const number = parseNumericText(trimmed);
  if (number !== undefined && !/,/.test(trimmed)) return number;
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map((row) => (Array.isArray(row) ? row : [row]));
    } catch {
      // Not JSON: keep it as text, like Excel would.
    }
  }
  return text;
}

/** A number as Excel displays it in a General cell: at most 15 significant digits. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}
