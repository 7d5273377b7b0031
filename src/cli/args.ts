import { parseNumericText } from "../core/numbers";
import type { Arg } from "../functions/broadcast";

/**
 * Reads a command-line argument the way Excel reads typed cell input: 12.5 and 1.2% are numbers
 * (1.2% = 0.012), TRUE/FALSE are logical, a JSON array like [[1],[2]] is a range, the rest is text.
 */
export class BadArgument extends Error {}

const isCellValue = (v: unknown) => v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean";

export function readArgument(text: string): Arg {
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const number = parseNumericText(trimmed);
  if (number !== undefined && !/,/.test(trimmed)) return number;
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) {
        const rows = parsed.map((row) => (Array.isArray(row) ? row : [row]));
        // A range holds numbers, text, logicals and blanks: nothing nested.
        if (rows.some((row) => row.some((cell: unknown) => !isCellValue(cell))))
          throw new BadArgument(
            `the range ${trimmed.slice(0, 60)} holds something no cell can (a list or an object); write cells as numbers, "text", true/false or null`,
          );
        return rows;
      }
    } catch (error) {
      if (error instanceof BadArgument) throw error;
      // Not JSON: keep it as text, like Excel would.
    }
  }
  return text;
}

/** A number as Excel displays it in a General cell: at most 15 significant digits. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}
