import type { ValidationResult } from "./engine";
import type { Finding } from "./findings";
import { Bilingual, Lang, pick } from "../core/messages";

/*
 * Reports in one language, for every consumer (CLI text and JSON, the pane's export): field names and order
 * follow the CLI contract; coverage fields stand beside them.
 */

/** Items listed in running text: 、 in Chinese, a comma in English. */
export function joinList(items: string[], lang: Lang): string {
  return items.join(lang === "en-US" ? ", " : "、");
}

type Summary = ValidationResult["tables"][number];

/** A figure as a report prints it: 15 significant digits, so float noise (0.1 + 0.2) never reaches a reader. */
export function reportNumber(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

/** A table's coverage in one language: what was mapped, what is missing, and every check's state. */
function tableReport(t: Summary, lang: Lang) {
  const say = (b: Bilingual) => pick(b, lang);
  return {
    template: t.template,
    table: say(t.title),
    sheet: t.sheet,
    range: t.range,
    ...(t.period ? { period: t.period } : {}),
    transposed: t.transposed,
    mapping: {
      rows: t.mapping.rows.map((r) => ({ id: r.id, label: say(r.label), cells: r.cells })),
      columns: t.mapping.columns.map((c) => ({
        id: c.id,
        label: say(c.label),
        header: c.header ?? null,
        headerText: c.headerText ?? null,
        period: c.period ?? null,
        unit: c.unit ?? null,
      })),
      missing: t.mapping.missing.map((m) => ({ kind: m.kind, id: m.id, label: say(m.label), required: m.required })),
      unmappedColumns: t.mapping.unmappedColumns,
      unrecognisedRows: t.mapping.unrecognisedRows,
    },
    checks: t.checks.map((c) => ({ rule: c.rule, title: say(c.title), state: c.state, reason: c.reason ? say(c.reason) : null })),
  };
}

/** The whole result in one language: what the CLI prints as JSON and the pane exports. */
export function validationReport(file: string, result: ValidationResult, lang: Lang) {
  const count = (s: Finding["severity"]) => result.findings.filter((f) => f.severity === s).length;
  const checks = result.tables.flatMap((t) => t.checks);
  return {
    file,
    tables: result.tables.map((t) => tableReport(t, lang)),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: pick(f.message, lang),
      expected: reportNumber(f.expected),
      actual: reportNumber(f.actual),
      unit: f.unit ?? null,
    })),
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      checksRun: checks.filter((c) => c.state === "ran").length,
      checksNotApplicable: checks.filter((c) => c.state === "not-applicable").length,
      checksNotRun: checks.filter((c) => c.state === "not-run").length,
    },
  };
}

/** Text that a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with an apostrophe. */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A cell that links to a finding's cell: in the same workbook, or in `file` (a path relative to the
 * workbook holding the link). Every quote in a name is escaped, so no name can break out of the formula.
 */
export function cellLink(sheet: string, cell: string, file?: string): { value: string; formula: string } {
  const target = `${file ?? ""}#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const label = `${sheet}!${cell}`;
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return { value: label, formula: `=HYPERLINK(${quote(target)},${quote(label)})` };
}
