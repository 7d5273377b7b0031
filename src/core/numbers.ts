/**
 * Numeric text the way Excel reads typed input: "602,333", full-width "６０２３３３",
 * "1.2%" (= 0.012). Returns undefined for anything else.
 */
export function parseNumericText(text: string): number | undefined {
  let t = text.normalize("NFKC").trim().replace(/,/g, "");
  let scale = 1;
  if (t.endsWith("%")) {
    scale = 0.01;
    t = t.slice(0, -1).trim();
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t) * scale;
  return Number.isFinite(n) ? n : undefined;
}
