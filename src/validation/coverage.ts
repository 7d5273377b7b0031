import type { LocatedTable } from "./locate";
import type { TableLookup } from "./rules";
import type { Bilingual, ColumnSpec, Ref, RowSpec, RuleSpec } from "./model";

/**
 * Whether each check of a table could run, decided from its inputs before it runs. A check whose
 * reported value (its subject) is not in the table does not apply; one whose subject is there but
 * another input is not could not run — the user must know that a printed figure went unverified.
 */
export type CheckState = "ran" | "not-applicable" | "not-run";

export interface CheckReport {
  rule: string;
  title: Bilingual;
  state: CheckState;
  reason?: Bilingual;
  /** The reason is already an error finding at an input cell (text in a number cell, a unit that does not convert). */
  reported?: boolean;
}

type InputState =
  | { state: "ok" }
  | { state: "absent-table"; why: Bilingual }
  | { state: "absent"; why: Bilingual }
  | { state: "na"; why: Bilingual }
  | { state: "unreadable"; why: Bilingual };

type Input = { ref: Ref } | { column: string };

const rowMissing = (spec: RowSpec): Bilingual => ({ zh: `缺少“${spec.label.zh}”行`, en: `no "${spec.label.en}" row` });
const columnMissing = (spec: ColumnSpec): Bilingual => ({ zh: `未找到“${spec.label.zh}”列`, en: `no "${spec.label.en}" column found` });

function columnState(table: LocatedTable, id: string): InputState {
  if (table.columnIds.has(id)) return { state: "ok" };
  const spec = table.template.columns.find((c) => c.id === id);
  return { state: "absent", why: spec ? columnMissing(spec) : { zh: `未找到列 ${id}`, en: `no column ${id}` } };
}

function refState(ref: Ref, table: LocatedTable, lookup: TableLookup): InputState {
  const target = ref.table ? lookup(ref.table) : table;
  if (!target) return { state: "absent-table", why: { zh: `工作簿中没有模板“${ref.table}”的表`, en: `the workbook has no table of template "${ref.table}"` } };
  const spec = target.template.rows.find((r) => r.id === ref.row);
  const rows = target.rows.get(ref.row);
  if (!spec) return { state: "absent", why: { zh: `模板没有行 ${ref.row}`, en: `the template has no row ${ref.row}` } };
  if (!rows || rows.length === 0) return { state: "absent", why: rowMissing(spec) };
  const col = ref.col ?? target.template.columns[0].id;
  const column = columnState(target, col);
  if (column.state !== "ok") return column;
  // A ledger's records are read by the check itself; here only that the column is there.
  if (target.rowSpan) return { state: "ok" };
  for (const row of rows) {
    const cell = row.cell(col);
    const reading = cell?.reading;
    const label = row.label;
    if (!reading || reading.kind === "empty") return { state: "na", why: { zh: `“${label}”为空`, en: `"${label}" is empty` } };
    if (reading.kind === "marker")
      return { state: "na", why: { zh: `“${label}”标为不适用（${reading.text}）`, en: `"${label}" is marked not applicable (${reading.text})` } };
    if (reading.kind !== "number" || !cell.interval || cell.unitMismatch)
      return { state: "unreadable", why: { zh: `“${label}”不是可核对的数字`, en: `"${label}" is not a number that can be checked` } };
  }
  return { state: "ok" };
}

function inputState(input: Input, table: LocatedTable, lookup: TableLookup): InputState {
  return "ref" in input ? refState(input.ref, table, lookup) : columnState(table, input.column);
}

/** What a check reports on (its subject) and what else it needs. */
function inputsOf(rule: RuleSpec): { subject: Input[]; needed: Input[]; parts?: Input[]; partial?: boolean } {
  const col = (column: string): Input => ({ column });
  switch (rule.kind) {
    case "sum":
      return { subject: [{ ref: rule.total }], needed: [], parts: rule.parts.map((ref) => ({ ref })), partial: rule.partial };
    case "ratio":
      return { subject: [{ ref: rule.result }], needed: [{ ref: rule.numerator }, { ref: rule.denominator }] };
    case "equal":
      return { subject: [{ ref: rule.a }], needed: [{ ref: rule.b }] };
    case "growth":
      return { subject: [{ ref: rule.growth }], needed: [{ ref: rule.current }, { ref: rule.increase }] };
    case "maxRatio":
      return { subject: [{ ref: rule.numerator }], needed: [{ ref: rule.denominator }] };
    case "gridFactor":
      return { subject: [{ ref: rule.emissions }], needed: [{ ref: rule.kwh }] };
    case "shares":
      return { subject: [col(rule.shareColumn)], needed: [col(rule.valueColumn), { ref: { row: rule.total, col: rule.valueColumn } }] };
    case "perCapita":
      return { subject: [col(rule.perCapitaColumn)], needed: [col(rule.totalColumn)] };
    case "sectionCodes":
      return { subject: [{ ref: { row: rule.rows } }], needed: [] };
    case "attribution":
      return { subject: [col(rule.attributed)], needed: [col(rule.emissions), col(rule.financing), col(rule.denominator)] };
    case "threshold":
      return { subject: [col(rule.column)], needed: rule.typeColumn ? [col(rule.typeColumn)] : [] };
    case "range":
      return { subject: [col(rule.column)], needed: [] };
    case "groupSum":
      return {
        subject: [{ ref: { table: rule.target.table, row: rule.target.rows, col: rule.target.col } }],
        needed: [col(rule.keyColumn), col(rule.valueColumn)],
      };
  }
}

/** Columns with numbers that no template column claimed, in words, or undefined when the table was fully read. */
export function partlyUnderstood(table: LocatedTable): Bilingual | undefined {
  const unmapped = table.mapping.unmappedColumns;
  // With every template column mapped, other numbers (a year-on-year change) are extra data, not a gap.
  if (unmapped.length === 0 || table.mapping.missingColumns.length === 0) return undefined;
  const list = unmapped.map((c) => `${c.address}${c.header ? `“${c.header}”` : ""}`).join("、");
  const listEn = unmapped.map((c) => `${c.address}${c.header ? ` "${c.header}"` : ""}`).join(", ");
  return { zh: `表内 ${list} 列有数字，但未能识别为模板中的列`, en: `column(s) ${listEn} hold numbers but were not recognised as a template column` };
}

const join = (a: Bilingual, b: Bilingual | undefined): Bilingual => (b ? { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` } : a);

export function checkStatus(rule: RuleSpec, table: LocatedTable, lookup: TableLookup): Omit<CheckReport, "rule" | "title"> {
  const { subject, needed, parts, partial } = inputsOf(rule);
  const partly = partlyUnderstood(table);
  for (const input of subject) {
    const s = inputState(input, table, lookup);
    if (s.state === "absent") return partly ? { state: "not-run", reason: join(s.why, partly) } : { state: "not-applicable", reason: s.why };
    if (s.state === "absent-table" || s.state === "na") return { state: "not-applicable", reason: s.why };
    if (s.state === "unreadable") return { state: "not-run", reason: s.why, reported: true };
  }
  for (const input of needed) {
    const s = inputState(input, table, lookup);
    if (s.state === "absent") return { state: "not-run", reason: join(s.why, partly) };
    if (s.state === "absent-table" || s.state === "na") return { state: "not-applicable", reason: s.why };
    if (s.state === "unreadable") return { state: "not-run", reason: s.why, reported: true };
  }
  if (parts) {
    const states = parts.map((p) => inputState(p, table, lookup));
    const usable = states.filter((s) => s.state === "ok").length;
    const unreadable = states.find((s) => s.state === "unreadable");
    if (unreadable) return { state: "not-run", reason: unreadable.why, reported: true };
    if (usable === 0) {
      const first = states.find((s) => s.state !== "ok")!;
      if (first.state === "absent" && partly) return { state: "not-run", reason: join(first.why, partly) };
      return { state: "not-applicable", reason: first.why };
    }
    if (!partial) {
      const absent = states.find((s) => s.state === "absent");
      if (absent) return { state: "not-run", reason: join(absent.why, partly) };
      const na = states.find((s) => s.state !== "ok");
      if (na) return { state: "not-applicable", reason: na.why };
    }
  }
  return { state: "ran" };
}
