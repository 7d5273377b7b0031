import type { LocatedTable } from "./locate";
import { MESSAGES } from "./messages";
import type { Bilingual, Ref, RuleSpec } from "./model";
import { ruleInputs, TableLookup } from "./rules";
import type { RuleInput } from "./rules/kind";

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
  /** What a structural check took the table to mean ("合计 read as the sum of rows 5–12"). */
  assumed?: Bilingual;
  /** The reason is already an error finding at an input cell (text in a number cell, a unit that does not convert). */
  reported?: boolean;
}

type InputState =
  | { state: "ok" }
  | { state: "absent-table"; why: Bilingual }
  | { state: "absent"; why: Bilingual }
  | { state: "na"; why: Bilingual }
  | { state: "unreadable"; why: Bilingual };

const SAY = MESSAGES.coverage;

function columnState(table: LocatedTable, id: string): InputState {
  if (table.columnIds.has(id)) return { state: "ok" };
  const spec = table.template.columns.find((c) => c.id === id);
  return { state: "absent", why: spec ? SAY.columnMissing(spec.label) : SAY.unknownColumn(id) };
}

function refState(ref: Ref, table: LocatedTable, lookup: TableLookup): InputState {
  const target = ref.table ? lookup(ref.table) : table;
  if (!target) return { state: "absent-table", why: SAY.noTable(ref.table!) };
  const spec = target.template.rows.find((r) => r.id === ref.row);
  const rows = target.rows.get(ref.row);
  if (!spec) return { state: "absent", why: SAY.unknownRow(ref.row) };
  if (!rows || rows.length === 0) return { state: "absent", why: SAY.rowMissing(spec.label) };
  const col = ref.col ?? target.template.columns[0].id;
  const column = columnState(target, col);
  if (column.state !== "ok") return column;
  // A ledger's records are read by the check itself; here only that the column is there.
  if (target.rowSpan) return { state: "ok" };
  for (const row of rows) {
    const cell = row.cell(col);
    const reading = cell?.reading;
    const label = row.label;
    if (!reading || reading.kind === "empty") return { state: "na", why: SAY.empty(label) };
    if (reading.kind === "marker") return { state: "na", why: SAY.marker(label, reading.text) };
    if (reading.kind !== "number" || !cell.interval || cell.unitMismatch) return { state: "unreadable", why: SAY.unreadable(label) };
  }
  return { state: "ok" };
}

function inputState(input: RuleInput, table: LocatedTable, lookup: TableLookup): InputState {
  return "ref" in input ? refState(input.ref, table, lookup) : columnState(table, input.column);
}

/** Columns with numbers that no template column claimed, in words, or undefined when the table was fully read. */
export function partlyUnderstood(table: LocatedTable): Bilingual | undefined {
  const unmapped = table.mapping.unmappedColumns;
  // With every template column mapped, other numbers (a year-on-year change) are extra data, not a gap.
  if (unmapped.length === 0 || table.mapping.missingColumns.length === 0) return undefined;
  const list = unmapped.map((c) => `${c.address}${c.header ? `“${c.header}”` : ""}`).join("、");
  const listEn = unmapped.map((c) => `${c.address}${c.header ? ` "${c.header}"` : ""}`).join(", ");
  return SAY.unmappedNumbers(list, listEn);
}

const join = (a: Bilingual, b: Bilingual | undefined): Bilingual => (b ? SAY.both(a, b) : a);

export function checkStatus(rule: RuleSpec, table: LocatedTable, lookup: TableLookup): Omit<CheckReport, "rule" | "title"> {
  const { subject, needed, parts, partial } = ruleInputs(rule);
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
