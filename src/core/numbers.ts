/** Numeric text as typed: its number as written (before a % scales it), its decimals, and whether it ends in %. */
export interface NumericText {
  value: number;
  decimals: number;
  percent: boolean;
}

/** Decimals in a number's own digits: 11.04 → 2, 0.453 → 3, 1e-7 → 7. */
export function ownDecimals(text: string): number {
  const m = text.toLowerCase().match(/^[+-]?\d*(?:\.(\d+))?(?:e([+-]?\d+))?$/);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/**
 * Numeric text the way Excel reads typed input, and the way disclosure tables print it: "602,333",
 * full-width "６０２３３３", "54.25%", "1e-7". Undefined for anything else (and for what is not finite).
 * Thousands separators must group by three.
 */
export function readNumericText(text: string): NumericText | undefined {
  let t = text.normalize("NFKC").trim();
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1).trim();
  // Thousands separators group by three ("1,234,567.8"); "1,2,3" is a list, not a number.
  if (t.includes(",")) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) return undefined;
    t = t.replace(/,/g, "");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? { value, decimals: ownDecimals(t), percent } : undefined;
}

/** The number typed text stands for: "1.2%" is 0.012. */
export function parseNumericText(text: string): number | undefined {
  const read = readNumericText(text);
  if (!read) return undefined;
  const n = read.percent ? read.value * 0.01 : read.value;
  return Number.isFinite(n) ? n : undefined;
}

/** Beyond this a double no longer holds every whole number: no printed figure of a bank is that large. */
export const LARGEST_EXACT = Number.MAX_SAFE_INTEGER;

/** Text shaped like a number (digits, separators, a decimal point, an exponent, a %), whatever its size. */
export function looksNumeric(text: string): boolean {
  return /^[+-]?[\d,]*\.?\d+(e[+-]?\d+)?%?$/i.test(text.normalize("NFKC").trim());
}
