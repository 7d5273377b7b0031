import type { MergedArea, WorkbookSnapshot } from "../workbook/snapshot";
import { CheckReport, checkStatus } from "./coverage";
import { Finding, show } from "./findings";
import { locate, LocatedCell, LocatedTable, TableMapping } from "./locate";
import type { Bilingual, RowSpec, Template } from "./model";
import { evaluateRule, mergeCascades } from "./rules";
import { MESSAGES } from "./messages";
import { structuralCheck, StructuralResult } from "./structural";
import { decodeRange as decodeA1 } from "../workbook/compact";
import { resolveUnit } from "./units";
import { packsNamedIn } from "./templates/packs";

const SAY = MESSAGES.engine;

/** A table found, what was mapped of it, and every check with whether it ran. */
export interface LocatedTableSummary {
  template: string;
  /** The table's title in Chinese (the CLI contract's field); `title` has both languages. */
  table: string;
  title: Bilingual;
  sheet: string;
  range: string;
  /** The period this instance shows (a table with several period columns is checked once per period). */
  period?: string;
  transposed: boolean;
  mapping: {
    rows: { id: string; label: Bilingual; cells: string[] }[];
    columns: { id: string; label: Bilingual; header?: string; headerText?: string; period?: string; unit?: string }[];
    missing: { kind: "row" | "column"; id: string; label: Bilingual; required: boolean }[];
    unmappedColumns: TableMapping["unmappedColumns"];
    unrecognisedRows: TableMapping["unrecognisedRows"];
  };
  checks: CheckReport[];
  /** Why each row and column was mapped. */
  explain: Bilingual[];
}

export interface ValidationResult {
  tables: LocatedTableSummary[];
  findings: Finding[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

export interface ValidationProgress {
  done: number;
  total: number;
}

/**
 * Locate, then check: every template's tables in every sheet, their cells, their rules, and the
 * rules between tables. A generator, so a host can run it in slices (the pane yields to Excel
 * between them) while the CLI runs it straight through.
 */
/**
 * `chosen`: the user narrowed the check to some templates (a pack, one template): their tables are
 * checked, with the structural checks on them, and tables of no chosen template are left alone.
 */
export interface ValidationOptions {
  chosen?: boolean;
  /** false: templates only, without the structural checks (for measuring what they cost). */
  structure?: boolean;
}

export function* validationSteps(
  workbook: WorkbookSnapshot,
  templates: Template[],
  options: ValidationOptions = {},
): Generator<ValidationProgress, ValidationResult> {
  // Unless the user chose, a local pack's templates are looked for only in a workbook that names the pack.
  if (!options.chosen) {
    const named = packsNamedIn(workbook);
    templates = templates.filter((t) => !t.packs || t.packs.includes("national") || t.packs.some((p) => named.has(p)));
  }
  let located: LocatedTable[] = [];
  // Ledgers first: their rows are records, not labels for the other templates to search.
  const ordered = [...templates.filter((t) => t.layout === "records"), ...templates.filter((t) => t.layout !== "records")];
  const sheets = workbook.sheets.length;
  for (const [i, sheet] of workbook.sheets.entries()) {
    const skipRows: [number, number][] = [];
    for (const template of ordered) {
      for (const table of locate(sheet, template, skipRows)) {
        if (table.rowSpan) skipRows.push(table.rowSpan);
        located.push(table);
      }
    }
    yield { done: i + 1, total: sheets * 2 };
  }
  located = oneTemplatePerTable(located);
  const findings: Finding[] = [];
  const add = (found: Finding[]) => {
    // A loop, not push(...found): a ledger can produce more findings than a call takes arguments.
    for (const f of found) findings.push(f);
  };
  const summaries: LocatedTableSummary[] = [];
  // Rule findings are gathered first: one wrong figure can fail checks of several tables.
  const ruleFindings: Finding[] = [];
  for (const [i, table] of located.entries()) {
    // Across tables, the same period where the other table shows it, else its newest.
    const lookup = (id: string) => {
      const same = located.filter((t) => t.template.id === id);
      return same.find((t) => t.period?.key === table.period?.key) ?? same[same.length - 1];
    };
    const checks: CheckReport[] = cellChecks();
    add(cellFindings(table));
    for (const rule of table.template.rules) {
      const status = checkStatus(rule, table, lookup);
      checks.push({ rule: `${table.template.id}.${rule.id}`, title: rule.title, ...status });
      if (status.state === "ran") for (const f of evaluateRule(rule, { table, lookup })) ruleFindings.push({ ...f, kind: rule.kind });
      else if (status.state === "not-run" && !status.reported) ruleFindings.push(notRunFinding(table, rule.title, status.reason!));
    }
    summaries.push(summarize(table, checks));
    yield { done: sheets + Math.ceil(((i + 1) / located.length) * sheets), total: sheets * 2 };
  }
  const structural =
    options.structure === false
      ? { findings: [], tables: 0, results: [] }
      : overlay(workbook, located, summaries, [...findings, ...ruleFindings], options.chosen === true);
  // A template's doubtful readings become notes before findings of one figure are merged: a note merges with nothing.
  reconcile(findings, summaries, structural.results, options.chosen === true);
  reconcile(ruleFindings, summaries, structural.results, options.chosen === true);
  for (const f of structural.findings) ruleFindings.push(f);
  add(mergeCascades(ruleFindings));
  if (located.length === 0 && structural.tables === 0) findings.push(noTableFinding(workbook));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { tables: summaries, findings };
}

/**
 * The structural checks of every table, with the templates as an overlay: a table a template
 * recognised keeps the template's summary and gains the structural checks; a finding the template
 * already made at a cell is not said twice. Tables no template recognised are summarised on their
 * own, and one where no relation could be checked says so.
 */
function overlay(
  workbook: WorkbookSnapshot,
  located: LocatedTable[],
  summaries: LocatedTableSummary[],
  templateFindings: Finding[],
  onlyOwned: boolean,
): { findings: Finding[]; tables: number; results: StructuralResult[] } {
  const skip = new Map<string, [number, number][]>();
  for (const t of located) if (t.rowSpan) skip.set(t.sheet, [...(skip.get(t.sheet) ?? []), t.rowSpan]);
  const { results, tooLarge } = structuralCheck(workbook, skip);
  const said = new Set(templateFindings.map((f) => `${f.sheet}!${f.cell}`));
  const findings: Finding[] = [];
  const unchecked: StructuralResult[] = [];
  let tables = 0;
  for (const result of results) {
    const area = decodeRange(result.table.range);
    const owner = summaries.find((s) => s.sheet === result.table.sheet && overlaps(decodeRange(s.range), area));
    // The template knows what the rows it recognised are (their nesting, their totals) and checks the relations it has
    // rules for; structure speaks for its other rows and the relations it has no rule for.
    // A template without one of its required columns checked nothing of the table: structure speaks for all of it;
    // nor did one that saw only a part of a table continued on another sheet (续表).
    const doubtful = owner?.mapping.missing.some((m) => m.kind === "column" && m.required);
    const split = !!(result.table.continues || result.table.continuedBy);
    const known = owner && !doubtful && !split ? templateRows(owner) : undefined;
    const kinds = owner ? templateKinds(located, owner) : new Set<string>();
    const own = result.findings
      .filter((f) => (split || !said.has(`${f.sheet}!${f.cell}`)) && !(known && known(f.cell) && coveredBy(f.kind ?? f.rule, kinds)))
      .map((f) => ({ ...f, template: owner?.template ?? "" }));
    for (const f of own) findings.push(f);
    if (owner) {
      // Beside a template, a relation structure could not establish is the template's to check.
      for (const c of result.checks) if (c.state === "ran") owner.checks.push(c);
      // Rows and columns the template did not recognise are not unchecked where a structural check read them.
      const read = [...result.read].filter((k) => k.startsWith(`${owner.sheet}!`)).map((k) => decodeRange(k.slice(owner.sheet.length + 1)));
      for (const same of summaries.filter((s) => s.template === owner.template && s.sheet === owner.sheet && s.range === owner.range)) {
        const m = same.mapping;
        m.unrecognisedRows = m.unrecognisedRows.filter((r) => !read.some((c) => c.top === rowOf(r.address)));
        m.unmappedColumns = m.unmappedColumns.filter((col) => !read.some((c) => c.left === columnOf(col.address)));
      }
      continue;
    }
    if (onlyOwned) continue;
    for (const c of result.checks.filter((k) => k.state === "not-run")) findings.push(structuralNotRun(result, c));
    tables++;
    summaries.push(structuralSummary(result));
    if (!result.checks.some((c) => c.state === "ran")) unchecked.push(result);
  }
  // Tables where no relation could be checked are said in their summaries; with nothing checked anywhere, once more as a finding.
  const anything = located.length > 0 || summaries.some((s) => s.checks.some((c) => c.rule.startsWith("structure.") && c.state === "ran"));
  if (!anything) for (const result of unchecked) findings.push(noRelationFinding(result));
  // A block too long to read as a table, that no ledger template claimed, was not checked: said, never silent.
  for (const grid of tooLarge) {
    if (summaries.some((s) => s.sheet === grid.sheet.name && overlaps(decodeRange(s.range), decodeRange(grid.range)))) continue;
    const reason = SAY["structure.too-large"](grid.rows.toLocaleString("en-US"));
    summaries.push({
      template: "",
      table: SAY["structure.table"](grid.range).zh,
      title: SAY["structure.table"](grid.range),
      sheet: grid.sheet.name,
      range: grid.range,
      transposed: false,
      mapping: { rows: [], columns: [], missing: [], unmappedColumns: [], unrecognisedRows: [] },
      checks: [{ rule: "structure.unplaced", title: SAY["structure.unplaced.title"], state: "not-run", reason }],
      explain: [],
    });
    findings.push({
      rule: "coverage.check-not-run",
      severity: "warning",
      template: "",
      sheet: grid.sheet.name,
      cell: grid.range.split(":")[0],
      message: SAY["coverage.check-not-run"](SAY["structure.unplaced.title"], reason),
      expected: null,
      actual: null,
      tolerance: null,
      related: [],
    });
    tables++;
  }
  return { findings, tables, results };
}

/** How much of a table a template recognised: rows and columns mapped, less what it requires and lacks. */
function matchScore(table: LocatedTable): number {
  const m = table.mapping;
  const mapped = m.rows.reduce((n, r) => n + r.cells.length, 0);
  const missing = m.missingRows.filter((r) => r.required).length + m.missingColumns.filter((c) => c.required).length;
  return mapped * 2 + m.columns.length - missing * 3 - m.unrecognisedRows.length;
}

/**
 * A table gets at most one template: where tables of two templates overlap on a sheet, the one that
 * recognised more of it keeps it (ledgers own their records and are never contested).
 */
function oneTemplatePerTable(located: LocatedTable[]): LocatedTable[] {
  const area = (t: LocatedTable) => decodeRange(t.range);
  const losers = new Set<string>();
  const key = (t: LocatedTable) => `${t.template.id}@${t.sheet}!${t.range}`;
  for (const a of located) {
    for (const b of located) {
      if (a === b || a.template.id === b.template.id || a.sheet !== b.sheet || a.rowSpan || b.rowSpan) continue;
      if (!overlaps(area(a), area(b))) continue;
      const [sa, sb] = [matchScore(a), matchScore(b)];
      if (sa > sb || (sa === sb && located.indexOf(a) < located.indexOf(b))) losers.add(key(b));
    }
  }
  return located.filter((t) => !losers.has(key(t)));
}

const DOUBTFUL_RULES = /^(?:row\.required|column\.required|coverage\.check-not-run|cell\.)/;

/**
 * What a template says about a table it may not be: unless the user chose it, its findings on a table
 * that lacks one of its required columns (not laid out as the template) are notes; a figure the
 * table's own structure confirms is not an error because the template reads it otherwise (a note
 * saying so); and cells of a neighbouring table the template swallowed are not its to judge.
 */
function reconcile(findings: Finding[], summaries: LocatedTableSummary[], results: StructuralResult[], chosen: boolean): void {
  if (chosen) return;
  const confirmed = new Set(results.flatMap((r) => [...r.confirmed]));
  const doubtful = new Set(
    summaries.filter((s) => s.template && s.mapping.missing.some((m) => m.kind === "column" && m.required)).map((s) => `${s.template}@${s.sheet}`),
  );
  const blocks = results.map((r) => ({
    sheet: r.table.sheet,
    area: decodeRange(r.table.range),
    header: headerArea(r),
    split: !!(r.table.continues || r.table.continuedBy),
  }));
  const blockOf = (sheet: string, cell: string) => {
    const at = decodeRange(cell.includes("!") ? cell.split("!")[1] : cell);
    return blocks.findIndex((b) => b.sheet === sheet && overlaps(b.area, at));
  };
  // A relation inside one table (the template's reading of it), not one across tables.
  const within = (f: Finding, block: number) => block >= 0 && f.related.every((r) => !r.includes("!") && blockOf(f.sheet, r) === block);
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (!f.template || f.rule.startsWith("structure.") || f.rule.startsWith("coverage.no-")) continue;
    const owner = summaries.find((s) => s.template === f.template && s.sheet === f.sheet && overlaps(decodeRange(s.range), decodeRange(f.cell)));
    // A cell in the header of another table than the one holding the template's first recognised row: a header read as a figure.
    const home = owner?.mapping.rows[0]?.cells[0];
    const homeBlock = home ? blockOf(f.sheet, home) : -1;
    const here = blockOf(f.sheet, f.cell);
    if (homeBlock >= 0 && here >= 0 && here !== homeBlock && blocks[here].header && overlaps(blocks[here].header!, decodeRange(f.cell))) {
      findings.splice(i, 1);
      continue;
    }
    if (f.severity === "info") continue;
    // A table continued on another sheet (续表): the template saw one part of it.
    const owned = owner ? blockOf(f.sheet, owner.range.split(":")[0]) : here;
    if ((here >= 0 && blocks[here].split) || (owned >= 0 && blocks[owned].split)) {
      findings[i] = { ...f, severity: "info", message: noted(f.message, SAY["template.continued"]) };
    } else if (doubtful.has(`${f.template}@${f.sheet}`) && DOUBTFUL_RULES.test(f.rule)) {
      findings[i] = { ...f, severity: "info", message: noted(f.message, SAY["template.doubtful"]) };
    } else if (f.severity === "error" && confirmed.has(`${f.sheet}!${f.cell}`) && within(f, here)) {
      findings[i] = { ...f, severity: "info", message: noted(f.message, SAY["template.structure-agrees"]) };
    }
  }
}

/** The sheet area of a structural table's header band, where it has one. */
function headerArea({ table }: StructuralResult): MergedArea | undefined {
  if (table.header.bottom < table.header.top) return undefined;
  // A header names several columns; a lone text beside a label is a row, not a header.
  let texts = 0;
  for (let c = 0; c < table.grid.cols; c++) {
    const v = table.grid.spread(table.header.bottom, c)?.value;
    if (typeof v === "string" && !/\d/.test(v) && !resolveUnit(v.trim())) texts++;
  }
  if (texts < 3) return undefined;
  const [top, left] = table.grid.at(table.header.top, 0);
  const [bottom, right] = table.grid.at(table.header.bottom, table.grid.cols - 1);
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

const noted = (message: Bilingual, note: Bilingual): Bilingual => ({ zh: `${message.zh}（${note.zh}）`, en: `${message.en} (${note.en})` });

/** The rule kinds of the template that owns a table. */
function templateKinds(located: LocatedTable[], owner: LocatedTableSummary): Set<string> {
  const table = located.find((t) => t.template.id === owner.template && t.sheet === owner.sheet);
  return new Set(table?.template.rules.map((r) => r.kind) ?? []);
}

/** The template rule kinds that check what a structural check checks. */
const COVERING: Record<string, string[] | "always"> = {
  "structure.footing": "always",
  "structure.cross-footing": "always",
  "structure.of-which": "always",
  "structure.share": ["shares", "ratio"],
  "structure.growth": ["growth"],
  "structure.per-capita": ["perCapita"],
  "structure.named": ["ratio", "growth", "perCapita", "equal"],
  "structure.tie-out": ["equal"],
  "structure.activity-factor": ["gridFactor"],
};

function coveredBy(kind: string, kinds: Set<string>): boolean {
  const covering = COVERING[kind];
  return covering === "always" || (covering ?? []).some((k) => kinds.has(k));
}

/** Whether a cell stands in a row (a column, for a transposed table) whose label the template recognised. */
function templateRows(summary: LocatedTableSummary): (cell: string) => boolean {
  const labels = summary.mapping.rows.flatMap((r) => r.cells).map((a) => decodeRange(a));
  return (cell: string) => {
    const at = decodeRange(cell);
    return labels.some((l) => (summary.transposed ? at.left >= l.left && at.left <= l.right : at.top >= l.top && at.top <= l.bottom));
  };
}

const RANGES = new Map<string, MergedArea>();

/** An A1 range or address as rows and columns; the same few hundred are decoded for every finding. */
function decodeRange(range: string): MergedArea {
  let area = RANGES.get(range);
  if (!area) {
    area = decodeA1(range);
    if (RANGES.size < 100_000) RANGES.set(range, area);
  }
  return area;
}

/** The 0-based row or column of an A1 address, a column's letters or a row's number; -1 when it is neither. */
const rowOf = (address: string) => (/^[A-Z]*\d+$/.test(address) ? Number(address.replace(/^[A-Z]*/, "")) - 1 : -1);
const columnOf = (address: string) => {
  const letters = address.match(/^[A-Z]+/)?.[0];
  return letters ? [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : -1;
};

const overlaps = (a: { top: number; left: number; bottom: number; right: number }, b: typeof a) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function structuralSummary({ table, checks, unplaced }: StructuralResult): LocatedTableSummary {
  const title = table.title ? { zh: table.title, en: table.title } : SAY["structure.table"](table.range);
  return {
    template: "",
    table: title.zh,
    title,
    sheet: table.sheet,
    range: table.range,
    ...(table.period ? { period: table.period.text } : {}),
    transposed: table.transposed,
    mapping: {
      rows: table.rows.map((r, i) => ({ id: `row${i + 1}`, label: { zh: r.raw, en: r.raw }, cells: [r.address] })),
      columns: table.columns.map((c, i) => ({
        id: `column${i + 1}`,
        label: { zh: c.parts.join(" "), en: c.parts.join(" ") },
        header: table.grid.address(table.header.bottom < 0 ? 0 : table.header.bottom, c.c),
        headerText: c.parts.join(" "),
        period: c.period?.text,
        unit: c.unit,
      })),
      missing: [],
      unmappedColumns: [],
      unrecognisedRows: [],
    },
    checks: unplaced.length ? [...checks, unplacedReport(unplaced)] : checks,
    explain: checks.filter((c) => c.assumed).map((c) => c.assumed!),
  };
}

/** Figures no relation of the table read: said, with the first few cells, so a clean result is not read as more. */
function unplacedReport(cells: string[]): CheckReport {
  const list = cells.length > 6 ? `${cells.slice(0, 6).join("、")}…` : cells.join("、");
  return {
    rule: "structure.unplaced",
    title: SAY["structure.unplaced.title"],
    state: "not-applicable",
    reason: SAY["structure.unplaced"](cells.length, list),
  };
}

/** A coverage warning at the top-left cell of a table read by its structure. */
function tableWarning({ table }: StructuralResult, rule: string, message: Bilingual): Finding {
  return {
    rule,
    severity: "warning",
    template: "",
    sheet: table.sheet,
    cell: table.range.split(":")[0],
    message,
    expected: null,
    actual: null,
    tolerance: null,
    related: [],
  };
}

const structuralNotRun = (result: StructuralResult, check: CheckReport) =>
  tableWarning(result, "coverage.check-not-run", SAY["coverage.check-not-run"](check.title, check.reason!));

const noRelationFinding = (result: StructuralResult) =>
  tableWarning(result, "coverage.no-relation", SAY["coverage.no-relation"](`${result.table.sheet}!${result.table.range}`));

/** Said once for a workbook with no disclosure table, so no reader takes it for a clean result. */
function noTableFinding(workbook: WorkbookSnapshot): Finding {
  const sheet = workbook.sheets[0]?.name ?? "";
  return {
    rule: "coverage.no-table",
    severity: "warning",
    template: "",
    sheet,
    cell: "A1",
    message: SAY["coverage.no-table"](workbook.sheets.length),
    expected: null,
    actual: null,
    tolerance: null,
    related: [],
  };
}

function notRunFinding(table: LocatedTable, title: Bilingual, reason: Bilingual): Finding {
  return {
    ...base(table, table.anchorAddress, "coverage.check-not-run"),
    severity: "warning",
    message: SAY["coverage.check-not-run"](title, reason),
  };
}

/** The checks every table gets: its required rows and columns, and what each value cell holds. */
function cellChecks(): CheckReport[] {
  return [
    { rule: "row.required", title: SAY["row.required.title"], state: "ran" },
    { rule: "cell.values", title: SAY["cell.values.title"], state: "ran" },
  ];
}

function summarize(table: LocatedTable, checks: CheckReport[]): LocatedTableSummary {
  const m = table.mapping;
  return {
    template: table.template.id,
    table: table.template.title.zh,
    title: table.template.title,
    sheet: table.sheet,
    range: table.range,
    ...(table.period ? { period: table.period.text } : {}),
    transposed: table.transposed,
    mapping: {
      rows: m.rows,
      columns: m.columns.map((c) => ({ id: c.id, label: c.label, header: c.header, headerText: c.headerText, period: c.period?.text, unit: c.unit })),
      missing: [
        ...m.missingRows.map((r) => ({ kind: "row" as const, id: r.id, label: r.label, required: r.required === true })),
        ...m.missingColumns.map((c) => ({ kind: "column" as const, id: c.id, label: c.label, required: c.required === true })),
      ],
      unmappedColumns: m.unmappedColumns,
      unrecognisedRows: m.unrecognisedRows,
    },
    checks,
    explain: m.decisions,
  };
}

export function validate(workbook: WorkbookSnapshot, templates: Template[], options: ValidationOptions = {}): ValidationResult {
  const steps = validationSteps(workbook, templates, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same check in slices of about `sliceMs`, handing control back (a macrotask) between them. */
export async function validateInSlices(
  workbook: WorkbookSnapshot,
  templates: Template[],
  onProgress: (progress: ValidationProgress) => void = () => undefined,
  sliceMs = 30,
  options: ValidationOptions = {},
): Promise<ValidationResult> {
  const steps = validationSteps(workbook, templates, options);
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
}

function base(table: LocatedTable, cell: string, rule: string): Omit<Finding, "severity" | "message"> {
  return { rule, template: table.template.id, sheet: table.sheet, cell, expected: null, actual: null, tolerance: null, related: [] };
}

function numberExpected(spec: RowSpec, table: LocatedTable, columnId: string): boolean {
  const column = table.template.columns.find((c) => c.id === columnId);
  return (column?.kind ?? spec.kind) !== "text";
}

/** Checks of single cells: required rows present and filled, numbers where numbers belong, units, signs. */
function cellFindings(table: LocatedTable): Finding[] {
  const findings: Finding[] = [];
  // A template column that must be there (a previous period's table shares the same mapping: said once).
  if (!table.previous) {
    for (const column of table.mapping.missingColumns.filter((c) => c.required)) {
      findings.push({
        ...base(table, table.anchorAddress, "column.required"),
        severity: "error",
        message: SAY["column.required"](column.label),
      });
    }
  }
  for (const spec of table.template.rows) {
    const rows = table.rows.get(spec.id);
    if (!rows || rows.length === 0) {
      if (table.previous) continue;
      if (spec.required) {
        findings.push({
          ...base(table, table.anchorAddress, "row.required"),
          severity: "error",
          message: SAY["row.required"](spec.label),
        });
      }
      continue;
    }
    const numberColumns = table.template.columns.filter((c) => numberExpected(spec, table, c.id)).map((c) => c.id);
    for (const row of rows) {
      for (const columnId of numberColumns) {
        // Most cells are fine: read them without their intervals, and locate only those with a finding.
        const reading = row.reading(columnId);
        if (!reading || (reading.kind === "number" && !row.unitMismatch(columnId) && (reading.value >= 0 || spec.signed))) continue;
        const found = checkCell(table, spec, row.label, row.cell(columnId)!);
        for (const f of found) findings.push(f);
      }
    }
  }
  return findings;
}

const NONE: Finding[] = [];

function checkCell(table: LocatedTable, spec: RowSpec, label: string, cell: LocatedCell): Finding[] {
  const { reading } = cell;
  if (reading.kind === "number" && !cell.unitMismatch && (reading.value >= 0 || spec.signed)) return NONE;
  const at = base(table, cell.address, "");
  if (reading.kind === "text") {
    return [
      {
        ...at,
        rule: "cell.text-in-number",
        severity: "error",
        message: SAY["cell.text-in-number"](label, reading.text),
      },
    ];
  }
  if (reading.kind === "invalid") {
    return [{ ...at, rule: "cell.not-a-figure", severity: "error", message: SAY["cell.not-a-figure"](label, reading.text) }];
  }
  if (reading.kind === "excel-error") {
    return [
      {
        ...at,
        rule: "cell.excel-error",
        severity: "error",
        message: SAY["cell.excel-error"](label, reading.text),
      },
    ];
  }
  if (reading.kind === "empty" && spec.required) {
    return [{ ...at, rule: "cell.required-empty", severity: "error", message: SAY["cell.required-empty"](label) }];
  }
  if (cell.unitMismatch) {
    return [
      {
        ...at,
        rule: "cell.unit",
        severity: "error",
        message: SAY["cell.unit"](label, cell.unitMismatch, spec.unit),
      },
    ];
  }
  if (reading.kind === "number" && reading.value < 0 && !spec.signed) {
    return [
      {
        ...at,
        rule: "cell.negative",
        severity: "error",
        actual: reading.value,
        message: SAY["cell.negative"](label, show(reading.value)),
      },
    ];
  }
  return [];
}
