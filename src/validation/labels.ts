import { hasTraditional, simplified } from "./script";
import { resolveUnit } from "./units";
import { compilePattern, Pattern } from "./patterns";

/**
 * What a label or header names, apart from everything banks print around the name: periods and
 * dates (2024年末, 截至…, 本期/上期, 期初/期末), bank names, table and section numbers, footnote
 * markers, units in any bracket style, "其中", and the English half of a bilingual cell.
 *
 * `name` is the whole cell stripped (for patterns that may span both languages), `zh` its Chinese
 * part, `en` its English words; the period and unit found are returned beside them, because a header
 * "2023年末余额（亿元）" says three things: the column (余额), its period and its unit.
 */
export interface LabelName {
  name: string;
  zh: string;
  en: string;
  period?: Period;
  unit?: string;
}

/** A reporting period as a header states it. `order` sorts the periods of one table. */
export interface Period {
  key: string;
  order: number;
  text: string;
}

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+/g;
const FOOTNOTE_SYMBOLS = /[*＊※†‡]+/g;
const FOOTNOTE_BRACKETS = /[（(［[【〔]\s*(?:注|附注|note|n)?\s*\d{0,2}\s*[)）］\]】〕]/gi;
const FOOTNOTE_TRAILING = /\s*(?:注|附注)\s*\d+\s*$/;
/** Any bracket pair and its content; the content decides whether it is dropped or kept. */
const BRACKETED = /[（(［[【〔<《]([^（()）［[\]］【】〔〕<>《》]{0,40})[)）］\]】〕>》]/g;
const CJK = /[\u3400-\u9fff]/;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** Periods, from the most specific phrase to the least; each gives a key and an order. */
const PERIODS: { pattern: RegExp; period: (m: RegExpMatchArray) => Omit<Period, "text"> }[] = [
  {
    pattern: /((?:19|20)\d{2})\s*年?\s*(?:第?\s*([一二三四1-4])\s*季度|q([1-4]))(?:末|度)?/i,
    period: (m) => {
      const q = Number(m[3] ?? CN_DIGIT[m[2]] ?? m[2]);
      return { key: `${m[1]}Q${q}`, order: Number(m[1]) * 100 + q * 3 };
    },
  },
  {
    pattern: /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*(?:月)?\s*(?:[-/.]?\s*(\d{1,2})\s*日?)?\s*(?:末|底)?/,
    period: (m) => ({ key: `${m[1]}-${m[2].padStart(2, "0")}`, order: Number(m[1]) * 100 + Number(m[2]) }),
  },
  {
    pattern: /((?:19|20)\d{2})\s*年?\s*(年初|初)/,
    period: (m) => ({ key: `${m[1]}-opening`, order: Number(m[1]) * 100 }),
  },
  {
    pattern: /(?:fy\s*)?((?:19|20)\d{2})(?![\d.])\s*(?:年度|年末|年底|年|末|度)?/i,
    period: (m) => ({ key: m[1], order: Number(m[1]) * 100 + 12 }),
  },
  {
    pattern: /^(?:期初|年初(?!增)|上年末|上年年末|opening|beginning of (?:the )?(?:year|period))|(?:期初|opening)$/i,
    period: () => ({ key: "opening", order: -2 }),
  },
  { pattern: /^(?:期末|年末|本年末|closing|end of (?:the )?(?:year|period))|(?:期末|closing)$/i, period: () => ({ key: "closing", order: -1 }) },
  {
    pattern: /^(?:上期|上年|去年|上年同期|上年度|prior (?:year|period)|previous (?:year|period)|last year)|(?:上期|上年)$/i,
    period: () => ({ key: "previous", order: -2 }),
  },
  { pattern: /^(?:本期|本年|今年|当期|本年度|current (?:year|period)|this year)|(?:本期|本年)$/i, period: () => ({ key: "current", order: -1 }) },
];

/** Phrases that only say when: removed from the name once the period is read. */
const PERIOD_WORDS = [
  /(?:截至|截止|截止到|as of|as at)\s*/gi,
  /((?:19|20)\d{2})\s*年?\s*(?:第?\s*[一二三四1-4]\s*季度|q[1-4])(?:末|度)?/gi,
  /((?:19|20)\d{2})\s*[年\-/.]\s*\d{1,2}\s*(?:月)?\s*(?:[-/.]?\s*\d{1,2}\s*日?)?\s*(?:末|底)?/g,
  /(?:fy\s*)?(?:19|20)\d{2}(?![\d.])\s*(?:年度|年末|年底|年初|年|末|度|初)?/gi,
];
const LEADING_PERIOD = /^(?:期初|期末|年初|本期|上期|当期|本年度|上年度|本年|上年|去年|今年|年末|上年末|上年同期)(?:数|数值|金额)?(?=.)/;
const TRAILING_PERIOD = /(?<=.)(?:期初|期末|本期|上期|当期|本年|上年)(?:数)?$/;
const ONLY_PERIOD =
  /^(?:期初|期末|本期|上期|当期|本年度|上年度|本年|上年|去年|今年|年初|年末|上年末|上年同期|本期数|上期数|期初数|期末数|opening|closing|current|prior|previous|year)$/i;

const BANK =
  /^[\u4e00-\u9fff]{2,24}?(?:银行|农商行|农商银行|农村商业银行|农村合作银行|农村信用合作联社|农村信用社|信用社|村镇银行|农信社)(?:股份有限公司|有限责任公司|有限公司)?(?:\s*[:：])?/;
const TABLE_NUMBER = /^(?:附?表|table)\s*[\d一二三四五六七八九十]+(?:[.\-－_]\d+)*\s*[:：.、-]?\s*/i;
const NUMBERING = [
  /^\d+(?:\.\d+)+\.?\s*/, // 1.2 / 8.1.
  /^[（(][一二三四五六七八九十\d]{1,3}[)）]\s*/, // （一） (1)
  /^[一二三四五六七八九十]{1,3}[、.．]\s*/, // 一、
  /^\d{1,2}[、.．)）](?!\d)\s*/, // 1. 1、
  /^[①-⑳]\s*/,
  /^第[一二三四五六七八九十\d]{1,3}[章节部分]\s*/,
];
const OF_WHICH = /^(?:其中|含|包括)\s*[:：]?\s*/;

/** Latin runs of two words or four letters are the English half; "COD", "SO2", "NOx" stay with the Chinese. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z0-9'’&/\-,.+ ]*[A-Za-z0-9)]?/g;

function isEnglishRun(run: string): boolean {
  const words = run
    .trim()
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w));
  return words.length >= 2 || (words[0]?.replace(/[^a-z]/gi, "").length ?? 0) >= 4;
}

/** A bracket's content is dropped if it only states a unit, a period, a footnote or a table number. */
function droppable(content: string): { drop: boolean; unit?: string } {
  const inside = content.trim();
  if (inside === "") return { drop: true };
  const unit = inside.replace(/^单位\s*[:：]?\s*/, "");
  if (/^单位/.test(inside)) return { drop: true, unit: resolveUnit(unit) ? unit : undefined };
  if (resolveUnit(inside)) return { drop: true, unit: inside };
  // "万元、%" or "吨/人": units with separators.
  const parts = inside
    .split(/[、,，/]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.every((p) => resolveUnit(p) || p === "人")) return { drop: true, unit: resolveUnit(parts[0]) ? parts[0] : undefined };
  if (/^(?:附?表|table)\s*\d/i.test(inside)) return { drop: true };
  if (findPeriod(inside) && stripPeriods(inside) === "") return { drop: true };
  return { drop: false };
}

function findPeriod(text: string): Period | undefined {
  for (const { pattern, period } of PERIODS) {
    const m = text.match(pattern);
    if (m) return { ...period(m), text: m[0].trim() };
  }
  return undefined;
}

function stripPeriods(text: string): string {
  let t = text;
  for (const p of PERIOD_WORDS) t = t.replace(p, "");
  t = t.trim();
  if (ONLY_PERIOD.test(t)) return "";
  return t.replace(LEADING_PERIOD, "").replace(TRAILING_PERIOD, "").trim();
}

function stripLeading(text: string): string {
  let t = text;
  for (let changed = true; changed;) {
    const before = t;
    t = t.replace(BANK, "").replace(TABLE_NUMBER, "").replace(OF_WHICH, "").trim();
    for (const n of NUMBERING) t = t.replace(n, "").trim();
    changed = t !== before && t.length > 0;
    if (t.length === 0) return before;
  }
  return t;
}

const tidy = (t: string) => t.replace(/[\s（）()［］[\]【】〔〕<>《》"“”'‘’]/g, "").toLowerCase();

/**
 * Text that the full analysis leaves as it is: CJK ideographs and lower-case letters and digits, with
 * no year in it. Most ledger records ("借款人1024") are such text; the full analysis is for the rest.
 */
const PLAIN = /^[\u4e00-\u9fffa-z0-9]*$/;
const HAS_YEAR_OR_PERIOD =
  /(?<!\d)(?:19|20)\d{2}(?!\d)|期初|期末|本期|上期|本年|上年|当期|去年|今年|年末|年初|季度|银行|农商|信用社|^表|^其中|^含|^包括|^[0-9一二三四五六七八九十]|注\d/;

const CACHE = new Map<string, LabelName>();

export function labelName(raw: string): LabelName {
  // Ledger records ("借款人1024") are plain: no look-up, no cache entry.
  if (PLAIN.test(raw) && !HAS_YEAR_OR_PERIOD.test(raw) && !(CJK.test(raw) && /[a-z]/.test(raw)) && !hasTraditional(raw)) return plain(raw);
  const cached = CACHE.get(raw);
  if (cached) return cached;
  const result = analyse(raw);
  if (CACHE.size < 50_000) CACHE.set(raw, result);
  return result;
}

function plain(raw: string): LabelName {
  return CJK.test(raw) ? { name: raw, zh: raw, en: "" } : { name: raw, zh: "", en: raw };
}

/** The full analysis, without the shortcut for plain text (labelName gives the same for less). */
export function analyse(raw: string): LabelName {
  // Circled numbers become plain digits under NFKC: drop them first, as numbering.
  let t = simplified(
    raw
      .replace(/^\s*[①-⑳]\s*/, "")
      .replace(SUPERSCRIPTS, " ")
      .normalize("NFKC"),
  ).replace(FOOTNOTE_SYMBOLS, " ");
  t = stripLeading(t.replace(FOOTNOTE_BRACKETS, " ").replace(FOOTNOTE_TRAILING, "").trim());
  const period = findPeriod(t);
  let unit: string | undefined;
  t = t.replace(BRACKETED, (whole, content: string) => {
    const d = droppable(content);
    if (d.unit && !unit) unit = d.unit;
    return d.drop ? " " : ` ${content} `;
  });
  t = t.trim().replace(FOOTNOTE_TRAILING, "");
  // A bare trailing unit after a separator: "绿色贷款余额/亿元", "余额 单位:万元".
  t = t.replace(/\s*(?:单位\s*[:：]|[/／])\s*([^\s/／]{1,12})\s*$/, (whole, u: string) => {
    if (!resolveUnit(u)) return whole;
    if (!unit) unit = u;
    return "";
  });
  t = stripPeriods(t);
  // Each line, and the Latin runs inside a line, are told apart by language.
  const zhParts: string[] = [];
  const enParts: string[] = [];
  for (const line of t.split(/[\r\n]+/)) {
    const zhLine = CJK.test(line)
      ? line.replace(ENGLISH_RUN, (run) => {
          if (resolveUnit(run.trim())) {
            if (!unit) unit = run.trim();
            return " ";
          }
          if (!isEnglishRun(run)) return run;
          enParts.push(run);
          return " ";
        })
      : "";
    if (!CJK.test(line)) enParts.push(line);
    else zhParts.push(zhLine);
  }
  const zh = tidy(stripLeading(stripPeriods(zhParts.join(" ").trim())));
  const en = enParts
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9+&%\s]/g, " ")
    .replace(/\b(?:fy)?(?:19|20)\d{2}\b/g, " ")
    .replace(/\b(?:of which|incl(?:uding)?|thereof)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const whole = tidy(stripLeading(t.replace(/[\r\n]+/g, " ")));
  return { name: zh || whole, zh, en, period, unit };
}

/** The normalized name of a label: what template patterns are tested against. */
export function normalizeLabel(text: string): string {
  return labelName(text).name;
}

/** The unit a label or header states in brackets or after a separator: "绿色信贷余额（万元）" → 万元. */
export function unitInLabel(text: string): string | undefined {
  return labelName(text).unit;
}

const PATTERN_LISTS = new WeakMap<string[], Pattern[]>();

export function matchesAny(normalized: string, patterns: string[]): boolean {
  if (normalized === "") return false;
  let list = PATTERN_LISTS.get(patterns);
  if (!list) PATTERN_LISTS.set(patterns, (list = patterns.map((p) => compilePattern(p))));
  for (const regex of list) if (regex.test(normalized)) return true;
  return false;
}

/** What names a row or column: patterns for its Chinese (or whole) name and English words, and names that are not it. */
export interface Naming {
  patterns: string[];
  en?: string[];
  /** A label matching one of these is never this item, whatever else it matches (in either language). */
  exclude?: string[];
}

/** Does a label name this item: its Chinese (or whole) name by `patterns`, its English words by `en`, and no `exclude`? */
export function namesItem(label: LabelName, { patterns, en, exclude }: Naming): boolean {
  const named =
    matchesAny(label.zh, patterns) || (label.name !== label.zh && matchesAny(label.name, patterns)) || (en !== undefined && matchesAny(label.en, en));
  if (!named || exclude === undefined) return named;
  return !(matchesAny(label.zh, exclude) || matchesAny(label.name, exclude) || matchesAny(label.en, exclude));
}
