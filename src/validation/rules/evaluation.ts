import { Finding, show, showPercent, showSigned, showTolerance } from "../findings";
import { LIKELY_MIX_UPS, MESSAGES } from "../messages";
import { Interval, IntervalSum } from "../interval";
import type { Reading } from "../cells";
import { LocatedCell, LocatedColumn } from "../located";
import type { LocatedTable } from "../locate";
import type { Bilingual, Ref, Severity, TemplateInfo } from "./base";
import type { Context, RuleSpec } from "./kind";

/** What every rule kind evaluates with: the values a reference points at, findings and comparisons. */

export interface Value {
  cell: LocatedCell;
  interval: Interval;
  sheet: string;
}

function tableOf(ref: Ref, ctx: Context): LocatedTable | undefined {
  return ref.table ? ctx.lookup(ref.table) : ctx.table;
}

function columnOf(ref: Ref, table: LocatedTable): string {
  return ref.col ?? table.template.columns[0].id;
}

/** Every numeric value a reference points at (several for repeated rows); none if any is not a number. */
export function values(ref: Ref, ctx: Context): Value[] | undefined {
  const table = tableOf(ref, ctx);
  const rows = table?.rows.get(ref.row);
  if (!table || !rows || rows.length === 0) return undefined;
  const out: Value[] = [];
  for (const row of rows) {
    const cell = row.cell(columnOf(ref, table));
    if (!cell?.interval || cell.unitMismatch) return undefined;
    out.push({ cell, interval: cell.interval, sheet: table.sheet });
  }
  return out;
}

/**
 * What a sum adds for a reference: its values, or for a ledger's records one value, their running
 * sum, standing at the whole column (a million records are not kept, nor listed in a finding).
 */
export function summands(ref: Ref, ctx: Context): Value[] | undefined {
  const table = tableOf(ref, ctx);
  const rows = table?.rows.get(ref.row);
  if (!table?.rowSpan || !rows || rows.length === 0) return values(ref, ctx);
  const col = columnOf(ref, table);
  const total = new IntervalSum();
  let column = -1;
  for (const row of rows) {
    const cell = row.cell(col);
    if (!cell?.interval || cell.unitMismatch) return undefined;
    total.add(cell.interval);
    column = cell.col;
  }
  const span = new LocatedColumn(rows[0].labelRow, column, rows[rows.length - 1].labelRow);
  return [{ cell: span, interval: total.interval, sheet: table.sheet }];
}

/** The reference's row is not in the table, or its cells are empty or "—": nothing to add. */
export function nothingAt(ref: Ref, ctx: Context): boolean {
  const table = tableOf(ref, ctx);
  const rows = table?.rows.get(ref.row);
  if (!table || !rows || rows.length === 0) return true;
  return rows.every((row) => {
    const kind = row.cell(columnOf(ref, table))?.reading.kind;
    return kind === undefined || kind === "empty" || kind === "marker";
  });
}

export function value(ref: Ref, ctx: Context): Value | undefined {
  const found = values(ref, ctx);
  return found?.length === 1 ? found[0] : undefined;
}

export const isPercentRef = (ref: Ref, ctx: Context) => {
  const table = tableOf(ref, ctx);
  if (!table) return false;
  const column = table.template.columns.find((c) => c.id === columnOf(ref, table));
  const row = table.template.rows.find((r) => r.id === ref.row);
  return (column?.kind ?? row?.kind) === "percent";
};

/** What a finding needs: where it stands (`at`), what it says, the figures it compares, the cells it names. */
interface FindingSpec {
  template: TemplateInfo;
  rule: RuleSpec;
  severity: Severity;
  at: Value;
  message: Bilingual;
  expected: number | null;
  tolerance: number | null;
  related: Value[];
  /** When the finding compares something other than the cell's own value (a ratio, a factor): that, and its unit. */
  actual?: number | null;
  unit?: string | null;
}

export function finding({ template, rule, severity, at, message, expected, tolerance, related, actual, unit }: FindingSpec): Finding {
  return {
    rule: `${template.id}.${rule.id}`,
    severity,
    template: template.id,
    sheet: at.sheet,
    cell: at.cell.address,
    message,
    expected,
    actual: actual !== undefined ? actual : at.cell.reading.kind === "number" ? at.cell.interval!.mid : null,
    tolerance,
    unit: unit !== undefined ? unit : (at.cell.unit ?? null),
    related: related.map((r) => (r.sheet === at.sheet ? r.cell.address : `${r.sheet}!${r.cell.address}`)),
  };
}

/**
 * Compares a reported value with what the others imply. Fine if the intervals meet; within one unit
 * of the reported value's last printed digit it is a rounding adjustment (warning); beyond, the
 * rule's severity (an error unless the rule is a warning by design, which then says why).
 */
interface Comparison {
  template: TemplateInfo;
  rule: RuleSpec;
  /** The printed value under check, and the interval the other figures imply for it. */
  reported: Value;
  computed: Interval;
  related: Value[];
  percent: boolean;
  /** What is compared, as the message begins. */
  title: Bilingual;
  /** A miss of this kind has its own severity and reason (listed items short of their total). */
  override?: { severity: Severity; why: Bilingual };
}

export function compare({ template, rule, reported, computed, related, percent, title, override }: Comparison): Finding | undefined {
  const gap = reported.interval.distance(computed);
  if (gap === 0) return undefined;
  const rounding = gap <= reported.interval.unit;
  const severity: Severity = rounding ? "warning" : (override?.severity ?? rule.severity ?? "error");
  const fmt = percent ? showPercent : show;
  const tolerance = reported.interval.unit / 2 + computed.unit / 2;
  const expected = computed.mid;
  // The computed figure at the printed precision, with more digits only where it would read the same.
  const printed = printedDecimals(reported);
  let digits = printed;
  if (digits !== undefined) while (digits < printed! + 4 && fmt(expected, digits) === fmt(reported.interval.mid, digits)) digits++;
  const why = rounding
    ? MESSAGES.compare.rounding
    : override
      ? MESSAGES.compare.because(override.why)
      : severity === "warning" && "explain" in rule && rule.explain
        ? MESSAGES.compare.because(rule.explain)
        : MESSAGES.compare.none;
  const difference = showSigned(reported.interval.mid - expected, digits ?? 6, percent);
  const mixUp = rounding ? undefined : scaleMixUp(reported.interval.mid, expected);
  const detail = MESSAGES.compare.difference(
    title,
    fmt(reported.interval.mid, printed),
    fmt(expected, digits),
    digits === undefined ? undefined : difference,
    showTolerance(tolerance, percent),
    mixUp ? { zh: why.zh + mixUp.zh, en: why.en + mixUp.en } : why,
  );
  return finding({ template, rule, severity, at: reported, message: detail, expected, tolerance, related });
}

/** The unit of a ratio of two values: "t/万元". */
export function ratioUnit(numerator: Value, denominator: Value): string | null {
  const [n, d] = [numerator.cell.unit, denominator.cell.unit];
  return n && d ? `${n}/${d}` : null;
}

/** A reported figure that is the computed one times 100, 1,000, 10⁴ or 10⁸ (or divided by it), within 2 %: the likely unit mix-up. */
function scaleMixUp(reported: number, computed: number): Bilingual | undefined {
  if (reported === 0 || computed === 0 || Math.sign(reported) !== Math.sign(computed)) return undefined;
  const ratio = reported / computed;
  for (const factor of [100000000, 10000, 1000, 100]) {
    for (const r of [ratio, 1 / ratio]) {
      if (Math.abs(r / factor - 1) <= 0.02) return MESSAGES.compare.scale(factor.toLocaleString("en-US"), LIKELY_MIX_UPS[factor]);
    }
  }
  return undefined;
}

/** The decimals a value was printed with, where its figure is the template's (not converted from another unit). */
function printedDecimals(value: Value): number | undefined {
  const reading = value.cell.reading;
  if (reading.kind !== "number") return undefined;
  if (value.cell.unit === "fraction") return reading.decimals;
  const mid = value.interval.mid;
  return Math.abs(reading.value - mid) <= Math.abs(mid) * 1e-12 ? reading.decimals : undefined;
}

export function cellValue(cell: LocatedCell | undefined, sheet: string): Value | undefined {
  return cell?.interval && !cell.unitMismatch ? { cell, interval: cell.interval, sheet } : undefined;
}

export function textOf(reading: Reading | undefined): string {
  if (!reading) return "";
  return reading.kind === "text" || reading.kind === "marker" ? reading.text : reading.kind === "number" ? reading.value.toString() : "";
}

/** A numeric cell in the template's unit. */
export function usable(cell: LocatedCell | undefined): cell is LocatedCell & { interval: Interval } {
  return cell?.interval !== undefined && !cell.unitMismatch;
}

/** The GB/T 4754 section letter a label starts with ("Ｃ制造业" → "C"); only its first character is normalized. */
export function sectionLetter(text: string): string {
  return text.trim().charAt(0).normalize("NFKC").trim().toUpperCase();
}
