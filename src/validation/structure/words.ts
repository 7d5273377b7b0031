/**
 * The words that give a table its structure, whatever the template: totals (合计/小计/总计/Total),
 * 其中 items, outline numbering, and what a column measures (a share, a growth rate, a per-capita
 * figure, an emission factor). Matched against the whole cell with spaces removed ("合  计").
 */

const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s\u3000\u00a0]+/g, "");

/** Leading outline numbers and the depth they show: 一、 1; （一） 2; 1. / 1、 3; （1） 4; ① 5; 1.1 3 + dots. */
const OUTLINE: { pattern: RegExp; depth: (m: RegExpMatchArray) => number }[] = [
  { pattern: /^第[一二三四五六七八九十]{1,3}[章节部分]/, depth: () => 0 },
  { pattern: /^[一二三四五六七八九十]{1,3}[、.．]/, depth: () => 1 },
  { pattern: /^[（(][一二三四五六七八九十]{1,3}[)）]/, depth: () => 2 },
  { pattern: /^(\d{1,2})((?:[.．]\d{1,2})+)[.．、]?(?!\d)/, depth: (m) => 3 + (m[2].match(/[.．]/g)?.length ?? 0) },
  { pattern: /^\d{1,2}[、.．](?!\d)/, depth: () => 3 },
  { pattern: /^[（(]\d{1,2}[)）]/, depth: () => 4 },
  { pattern: /^[①-⑳]/, depth: () => 5 },
];

/** The outline depth a label's numbering shows, if it has one. */
export function outlineDepth(raw: string): number | undefined {
  const t = raw.trim();
  for (const { pattern, depth } of OUTLINE) {
    const m = t.match(pattern);
    if (m) return depth(m);
  }
  return undefined;
}

/** Leading spaces (half- or full-width) as indentation; a full-width space counts as two. */
export function indentation(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === " " || ch === "\u00a0") n += 1;
    else if (ch === "\u3000") n += 2;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
}

const OF_WHICH = /^(?:其中|含|包括|内含)\s*[:：]?|^(?:of\s*which|including|incl\.?|thereof|among\s*which)\b/i;

/** "其中：涉农贷款", "含：…", "of which …": an item inside the row above, never one of the total's parts. */
export function isOfWhich(raw: string): boolean {
  return OF_WHICH.test(raw.trim().replace(/^[（(]?\s*/, ""));
}

/** A label that closes (or opens) a group: 小计 a subtotal, 合计/总计/Total the table's total. */
export type TotalKind = "subtotal" | "total";

const SUBTOTAL = /^小计/;
const TOTAL = /^(?:合计|总计|共计|总合计|全部合计|全行合计)|^(?:总额|总量)$|(?:合计|总计|共计)$/;
/** "Total", "Grand total", "Total (Scope 1 + 2)", "Scope 1+2 total" — not "Total loans", an indicator's name. */
const TOTAL_EN = /^(?:grand\s+)?(?:total|sum|overall)(?:\s*[(:（：].*)?$|\btotal$/i;

export function totalKind(raw: string): TotalKind | undefined {
  const plain = raw.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (/^sub-?\s?total\b/i.test(plain)) return "subtotal";
  if (TOTAL_EN.test(plain.replace(/^[\u3400-\u9fff\s（）()]+(?=[a-z])/i, ""))) return "total";
  const t = squeeze(raw)
    .replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?/, "")
    .replace(/[（(][^（()）]*[)）]$/, "");
  if (SUBTOTAL.test(t)) return "subtotal";
  if (TOTAL.test(t)) return "total";
  return undefined;
}

/**
 * "Total (Scope 1 + 2)", "合计（范围一+范围二）", "范围一和二合计", "范围一二三合计", "Scopes 1+2": the parts a
 * total names, in the order written.
 */
export function namedParts(raw: string): string[] | undefined {
  const t = raw.normalize("NFKC").replace(/\s+/g, " ").trim();
  const inside = t.match(/[（(]([^（()）]*[+＋][^（()）]*)[)）]/);
  const text = inside
    ? inside[1]
    : t
        .replace(/^(?:合计|总计|total)\s*[:：]?\s*/i, "")
        .replace(/\s*(?:合计|总计|之和|total)$/i, "")
        .replace(/^scopes\s*/i, "Scope ");
  if (!inside && text === t && !/^scope /i.test(text)) return undefined;
  // "范围一二三": one stem and its numerals.
  const run = text.match(/^([^\d一二三四五六七八九十]+?)([一二三四五六七八九十]{2,}|(?:\d\s*){2,})$/);
  if (run && !/[+＋和、与及]/.test(text)) return [...run[2].replace(/\s/g, "")].map((n) => `${run[1]}${n}`);
  const parts = text
    .split(/[+＋和、与及&]|\band\b/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  // "Scope 1 + 2": the later parts borrow the first part's words.
  const stem = parts[0].replace(/[\d一二三四五六七八九十]+$/, "");
  return parts.map((p, i) => (i > 0 && /^[\d一二三四五六七八九十]+$/.test(p) ? `${stem}${p}` : p));
}

/** A note under a table: not a row of it. */
export function isNote(raw: string): boolean {
  return /^(?:注|备注|说明|数据来源|资料来源|来源|note|notes|source)\s*\d*\s*[:：.、]/i.test(raw.trim());
}

/** What a value column (or an indicator row) measures, from its header or label words. */
export type Measure = "share" | "growth" | "perCapita" | "factor" | "emission" | "activity" | "headcount" | "rate" | "value";

const MEASURES: [Measure, RegExp][] = [
  ["perCapita", /人均|每人|per\s*(?:capita|employee|person|head|staff)/i],
  ["share", /占比|比重|比例|份额|构成|占.*[的]?(?:比|%)|^share|\bshare\b|proportion|percentage|%\s*of\b|ratio\s*to/i],
  ["growth", /增长|增幅|增速|同比|环比|较年初|较上年|比年初|比上年|变动|变化|增减|growth|change|yoy|y-o-y|increase|decrease/i],
  ["factor", /因子|系数|factor|\bef\b/i],
  ["headcount", /员工(?:人数|总数|数量|数)|职工(?:人数|总数)|在职(?:员工)?人数|从业人员|^人数$|headcount|employees|number\s*of\s*(?:staff|employees)/i],
  ["emission", /排放量|排放总量|碳排放|温室气体排放|co2e?|emissions?|排放$/i],
  ["activity", /消耗量|消费量|用量|使用量|耗用|用电量|耗电量|消耗|活动水平|活动数据|activity|consumption|usage|quantity|used/i],
  ["rate", /利率|费率|收益率|rate|yield/i],
];

export function measureOf(text: string): Measure {
  const t = squeeze(text);
  for (const [measure, pattern] of MEASURES) if (pattern.test(t)) return measure;
  return "value";
}

/** A header for the row labels, a sequence number or a unit: columns that hold no figures to check. */
const SEQUENCE_HEADER = /^(?:序号|编号|行次|栏次)?(?:no\.?|#|itemno\.?)?$/i;
const UNIT_HEADER = /^(?:计量)?单位(?:units?)?$|^units?$|因子单位|单位[（(]|unitof/i;

export function isSequenceHeader(text: string): boolean {
  const t = squeeze(text);
  return t !== "" && SEQUENCE_HEADER.test(t);
}

export function isUnitHeader(text: string): boolean {
  return UNIT_HEADER.test(squeeze(text));
}

/** Labels too general to name the same figure in two tables (合计, 其他, 小计 …). */
export function isGenericName(name: string): boolean {
  return name.length < 2 || /^(?:合计|总计|小计|其他|其它|其中|总额|总量|合计数|total|subtotal|other|others|sum)$/i.test(name);
}
