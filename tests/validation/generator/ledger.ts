/**
 * Loan ledgers as banks keep them: column names in the carbon-accounting guide's words or the bank's
 * own, in any order, money in 元 or 万元, emissions in 吨 or tCO2e, with or without a title. The
 * records are exactly consistent (attributed = emissions × min(1, financing ÷ denominator)).
 */
import Decimal from "decimal.js";
import { a1, type SheetSnapshot, type SnapshotCell } from "../../../src/workbook/snapshot";
import type { Rng } from "./render";

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

/** Header wordings per column; a unit in brackets is added from the layout. */
const WORDING: Record<string, string[]> = {
  borrower: ["融资主体", "借款人名称", "客户名称", "融资主体或项目", "企业名称", "Borrower"],
  section: ["行业门类", "所属行业", "国民经济行业分类", "行业代码", "Industry sector"],
  type: ["融资类型", "业务类型", "项目/非项目", "融资方式", "Financing type"],
  financing: ["月均融资余额", "月均贷款余额", "日均融资余额", "投融资日均余额", "Monthly-average outstanding"],
  denominator: ["项目总投资或主营业务收入", "项目总投资/营业收入", "分母（总投资或营业收入）", "主营业务收入或总投资", "Total investment or revenue"],
  emissions: ["项目或主体碳排放量", "融资主体碳排放量", "企业温室气体排放量", "E项目/E主体", "Borrower emissions"],
  attributed: ["归因碳排放量", "业务碳排放量", "投融资碳排放量", "E业务", "Attributed emissions"],
  score: ["数据质量评分", "PCAF数据质量评分", "质量得分", "Data quality score"],
};
const MONEY_UNITS = { 万元: 0, 元: 4 } as const;
const TONNE_UNITS = ["吨", "tCO2e", "吨二氧化碳当量", "tCO2"];

export interface LedgerLayout {
  at: [number, number];
  title: boolean;
  order: string[];
  wording: Record<string, string>;
  money: keyof typeof MONEY_UNITS;
  tonnes: string;
  bracket: [string, string];
  textNumbers: boolean;
  /** Records grouped by section, each group followed by its 小计 row. */
  subtotals: boolean;
}

export const LEDGER_COLUMNS = Object.keys(WORDING);

export function canonicalLedgerLayout(): LedgerLayout {
  return {
    at: [0, 0],
    title: true,
    order: LEDGER_COLUMNS,
    wording: Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, WORDING[c][0]])),
    money: "万元",
    tonnes: "吨",
    bracket: ["（", "）"],
    textNumbers: false,
    subtotals: false,
  };
}

export function drawLedgerLayout(rng: Rng): LedgerLayout {
  const order = [...LEDGER_COLUMNS];
  // The borrower stays first (its cell is the record's label); the rest in any order.
  for (let i = order.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rng() * i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return {
    at: [Math.floor(rng() * 5), Math.floor(rng() * 3)],
    title: rng() < 0.5,
    order,
    wording: Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, pick(rng, WORDING[c])])),
    money: pick(rng, ["万元", "元"] as const),
    tonnes: pick(rng, TONNE_UNITS),
    bracket: pick(rng, [
      ["（", "）"],
      ["(", ")"],
    ] as [string, string][]),
    textNumbers: rng() < 0.3,
    subtotals: rng() < 0.3,
  };
}

const SECTIONS = ["C制造业", "D电力、热力、燃气及水生产和供应业", "A农、林、牧、渔业"];

/** The ledger's records: financing and denominators in 万元 (2 decimals), emissions in t (2 decimals). */
export function ledgerRecords(count: number, defectAt?: number): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const financing = new Decimal(100 + ((i * 37) % 900));
    const denominator = new Decimal(400 + ((i * 53) % 3600));
    const emissions = new Decimal(1000 + ((i * 71) % 9000)).div(4);
    const factor = Decimal.min(1, financing.div(denominator));
    let attributed = emissions.times(factor).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
    if (i === defectAt) attributed = new Decimal(attributed).plus(100).toFixed(4);
    rows.push({
      borrower: `借款企业${i + 1}`,
      section: SECTIONS[i % SECTIONS.length],
      type: i % 4 === 0 ? "非项目融资" : "项目融资",
      financing: financing.toFixed(2),
      denominator: denominator.toFixed(2),
      emissions: emissions.toFixed(2),
      attributed,
      score: String(1 + (i % 5)),
    });
  }
  return rows;
}

/** Row errors a ledger in a bank's words hides among its records. */
export interface RowPlants {
  /** Financing above the denominator, attributed without the cap of 1. */
  uncapped?: number;
  /** Two adjacent digits of the attributed emissions swapped. */
  swapped?: number;
  /** Every figure copied from the record above, the borrower's name kept: an outlier of its own entity. */
  copied?: number;
}

/**
 * A ledger where borrowers have several loans: the entity's emissions and denominator repeat on each
 * of its records, financing is per loan. Deterministic in `count`.
 */
export function entityLedger(count: number, plants: RowPlants = {}): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let entity = 0;
  let left = 0;
  let base = { emissions: new Decimal(0), denominator: new Decimal(0), section: "" };
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      entity++;
      left = 1 + ((entity * 7) % 4);
      base = {
        emissions: new Decimal(1000 + ((entity * 71) % 9000)).div(4),
        denominator: new Decimal(2000 + ((entity * 53) % 30000)),
        section: SECTIONS[entity % SECTIONS.length],
      };
    }
    left--;
    let financing = new Decimal(100 + ((i * 37) % 900));
    if (i === plants.uncapped) financing = base.denominator.times(1.3).toDecimalPlaces(2);
    const ratio = financing.div(base.denominator);
    const factor = i === plants.uncapped ? ratio : Decimal.min(1, ratio);
    let attributed = base.emissions.times(factor).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
    if (i === plants.swapped) attributed = swapDigits(attributed);
    rows.push({
      borrower: `客户${String(entity).padStart(5, "0")}`,
      section: base.section,
      type: entity % 4 === 0 ? "非项目融资" : "项目融资",
      financing: financing.toFixed(2),
      denominator: base.denominator.toFixed(2),
      emissions: base.emissions.toFixed(2),
      attributed,
      score: String(1 + (entity % 5)),
    });
  }
  if (plants.copied !== undefined) {
    const i = plants.copied;
    const { borrower, section, type } = rows[i];
    rows[i] = { ...rows[i - 1], borrower, section, type };
  }
  return rows;
}

/** The first two adjacent different digits of the integer part swapped: 1234.5678 → 2134.5678. */
function swapDigits(text: string): string {
  const digits = [...text];
  for (let k = 0; k + 1 < digits.length && digits[k + 1] !== "."; k++) {
    if (/\d/.test(digits[k]) && /\d/.test(digits[k + 1]) && digits[k] !== digits[k + 1]) {
      [digits[k], digits[k + 1]] = [digits[k + 1], digits[k]];
      return digits.join("");
    }
  }
  return text;
}

export function renderLedger(
  records: Record<string, string>[],
  layout: LedgerLayout,
): { sheet: SheetSnapshot; cellOf: (record: number, column: string) => string } {
  const cells: (SnapshotCell | undefined)[][] = [];
  const [top, left] = layout.at;
  let r = top;
  if (layout.title) cells[r++] = [...Array(left).fill(undefined), { value: "2024年投融资碳排放核算台账" }];
  const header: (SnapshotCell | undefined)[] = Array(left).fill(undefined);
  const unitOf = (c: string) => (c === "financing" || c === "denominator" ? layout.money : c === "emissions" || c === "attributed" ? layout.tonnes : undefined);
  for (const c of layout.order) {
    const unit = unitOf(c);
    header.push({ value: unit ? `${layout.wording[c]}${layout.bracket[0]}${unit}${layout.bracket[1]}` : layout.wording[c] });
  }
  cells[r++] = header;
  // With subtotals: each section's records, then a row adding up their attributed emissions.
  const order = layout.subtotals
    ? SECTIONS.flatMap((s) => records.map((rec, i) => [rec, i] as const).filter(([rec]) => rec.section === s))
    : records.map((rec, i) => [rec, i] as const);
  const rowOf = new Map<number, number>();
  let group = "";
  let groupSum = new Decimal(0);
  const closeGroup = () => {
    if (!layout.subtotals || group === "") return;
    const row: (SnapshotCell | undefined)[] = Array(left).fill(undefined);
    for (const c of layout.order)
      row.push(c === "borrower" ? { value: `${group}小计` } : c === "attributed" ? { value: groupSum.toNumber(), decimals: 4 } : undefined);
    cells[r++] = row;
  };
  for (const [record, index] of order) {
    if (record.section !== group) {
      closeGroup();
      group = record.section;
      groupSum = new Decimal(0);
    }
    groupSum = groupSum.plus(record.attributed);
    rowOf.set(index, r);
    const row: (SnapshotCell | undefined)[] = Array(left).fill(undefined);
    for (const c of layout.order) {
      let value = record[c];
      if (c === "financing" || c === "denominator")
        value = new Decimal(value).times(new Decimal(10).pow(MONEY_UNITS[layout.money])).toFixed(Math.max(0, 2 - MONEY_UNITS[layout.money]));
      const numeric = c !== "borrower" && c !== "section" && c !== "type";
      row.push(numeric && !layout.textNumbers ? { value: Number(value), decimals: value.includes(".") ? value.split(".")[1].length : 0 } : { value });
    }
    cells[r++] = row;
  }
  closeGroup();
  // The ledger's total: the sum of every record's attributed emissions (subtotals are not records).
  const total = records.reduce((sum, rec) => sum.plus(rec.attributed), new Decimal(0));
  cells[r++] = [
    ...Array(left).fill(undefined),
    ...layout.order.map((c) => (c === "borrower" ? { value: "合计" } : c === "attributed" ? { value: total.toNumber(), decimals: 4 } : undefined)),
  ];
  return {
    sheet: { name: "台账", cells, merges: [] },
    cellOf: (record, column) => a1(rowOf.get(record)!, left + layout.order.indexOf(column)),
  };
}
