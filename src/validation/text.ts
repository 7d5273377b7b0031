import { resolveUnit } from "./units";

/** Label text as the locator compares it: width, spaces, "其中:" prefixes and bracketed units ignored. */

const TRAILING_BRACKETS = /[（(]\s*([^（）()]{1,24})\s*[)）]\s*$/;

/** The unit in brackets at the end of a label: "绿色信贷余额（万元）" → 万元, "（单位:吨二氧化碳当量）" → 吨二氧化碳当量. */
export function unitInLabel(text: string): string | undefined {
  const inside = text.normalize("NFKC").trim().match(TRAILING_BRACKETS)?.[1]?.trim();
  if (!inside) return undefined;
  const unit = inside.replace(/^单位\s*[:：]\s*/, "");
  return resolveUnit(unit) || /^单位/.test(inside) ? unit : undefined;
}

const ENDS_IN_BRACKET = /[)）]\s*$/;
/**
 * Text that normalization leaves as it is, but for a leading 其中: CJK unified ideographs (NFKC-stable),
 * lower-case letters and digits — no spaces, brackets, punctuation or compatibility forms. Most
 * ledger records ("借款人1024") are such text; the full normalization is for the rest.
 */
const ALREADY_NORMAL = /^[\u4e00-\u9fffa-z0-9]*$/;

export function normalizeLabel(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text.startsWith("其中") ? text.slice(2) : text;
  return normalizeAnyLabel(text);
}

/** The full normalization, for any text; normalizeLabel gives the same for less. */
export function normalizeAnyLabel(text: string): string {
  let t = text.normalize("NFKC").trim();
  // Most labels end without a bracket: no unit to look up.
  if (ENDS_IN_BRACKET.test(t) && unitInLabel(t) !== undefined) t = t.replace(TRAILING_BRACKETS, "");
  return t
    .replace(/\s+/g, "")
    .replace(/^其中[:：]?/, "")
    .replace(/^[0-9一二三四五六七八九十]+[.、．)]/, "")
    .toLowerCase();
}

const REGEXES = { i: new Map<string, RegExp>(), "": new Map<string, RegExp>() };

/** Template patterns are compiled once: a ledger tests them against every row. */
export function compiled(pattern: string, flags: "i" | "" = "i"): RegExp {
  const cache = REGEXES[flags];
  let regex = cache.get(pattern);
  if (!regex) cache.set(pattern, (regex = new RegExp(pattern, flags)));
  return regex;
}

const PATTERN_LISTS = new WeakMap<string[], RegExp[]>();

export function matchesAny(normalized: string, patterns: string[]): boolean {
  let list = PATTERN_LISTS.get(patterns);
  if (!list) PATTERN_LISTS.set(patterns, (list = patterns.map((p) => compiled(p))));
  for (const regex of list) if (regex.test(normalized)) return true;
  return false;
}
