import DICTIONARY from "../../../data/indicators.json";
import { labelName } from "../labels";

/**
 * The indicators the checker knows by name (data/indicators.json): their zh-CN and en-US names and
 * synonyms, and the relations among them (a share of a whole, the increase or growth of a balance).
 * Tables are checked without it; it lets figures with different wordings tie out across tables and
 * names the relations an indicator list states only in words.
 */
export interface Indicator {
  id: string;
  zh: string;
  en: string;
  dimension: string;
  patterns: string[];
  share?: { part: string; whole: string };
  increaseOf?: string;
  growthOf?: string;
}

export const INDICATORS: Indicator[] = DICTIONARY.items as Indicator[];
const COMPILED = INDICATORS.map((item) => ({ item, patterns: item.patterns.map((p) => new RegExp(p, "i")) }));

const CACHE = new Map<string, Indicator | null>();

/** The indicator a label names, if the dictionary knows it. */
export function dictionaryItem(raw: string): Indicator | undefined {
  const known = CACHE.get(raw);
  if (known !== undefined) return known ?? undefined;
  const l = labelName(raw);
  const keys = [l.zh, l.name, l.en.replace(/\s+/g, "")].filter(Boolean);
  const found = COMPILED.find(({ patterns }) => keys.some((k) => patterns.some((p) => p.test(k))))?.item;
  if (CACHE.size < 10_000) CACHE.set(raw, found ?? null);
  return found;
}
