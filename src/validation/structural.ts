import type { WorkbookSnapshot } from "../workbook/snapshot";
import type { CheckReport } from "./coverage";
import type { Finding } from "./findings";
import { outcome, StructuralOutcome } from "./checks/common";
import { crossFooting, footing, ofWhich } from "./checks/footing";
import { growth, headcounts, perCapita, shares } from "./checks/ratios";
import { activityTimesFactor, tieOuts } from "./checks/relations";
import { namedRelations } from "./checks/named";
import { findBlocks, Grid } from "./structure/grid";
import { inferTable, linkContinuations, StructTable } from "./structure/table";
import { factAt } from "./structure/quantities";

/** One table found by its structure, with the checks that ran on it (or could not) and what they found. */
export interface StructuralResult {
  table: StructTable;
  checks: CheckReport[];
  findings: Finding[];
  /** Cells a structural relation confirmed (sheet!A1). */
  confirmed: Set<string>;
  /** Figures no check read (neither confirmed nor named by a finding), for coverage. */
  unplaced: string[];
  /** Cells a check read, passing or not (sheet!A1). */
  read: Set<string>;
}

/**
 * Every block of figures on every sheet, read as a table by its own structure, and checked by the
 * relations visible in it: footing and cross-footing, 其中 items, shares, growth, per-capita,
 * activity × factor, relations between named indicators, and the same figure across tables.
 * `skip`: rows another reader owns per sheet (a ledger's records).
 */
export function structuralCheck(
  workbook: WorkbookSnapshot,
  skip: Map<string, [number, number][]> = new Map(),
): { results: StructuralResult[]; tooLarge: Grid[] } {
  const tables: StructTable[] = [];
  const tooLarge: Grid[] = [];
  for (const sheet of workbook.sheets) {
    const found = findBlocks(sheet, skip.get(sheet.name) ?? []);
    tooLarge.push(...found.tooLarge);
    for (const grid of found.blocks) {
      const table = inferTable(grid);
      if (table && table.rows.length > 0) tables.push(table);
    }
  }
  linkContinuations(tables);
  const known = headcounts(tables);
  const ties = tieOuts(tables);
  const results = tables.map((table) => {
    const parts: StructuralOutcome[] = [
      footing(table),
      crossFooting(table),
      ofWhich(table),
      shares(table),
      growth(table),
      perCapita(table, known),
      activityTimesFactor(table),
      namedRelations(table, known),
      ties.get(table) ?? outcome(),
    ];
    const findings = parts.flatMap((p) => p.findings);
    const confirmed = new Set(parts.flatMap((p) => [...p.confirmed]));
    const read = new Set([...confirmed, ...parts.flatMap((p) => [...p.read])]);
    for (const f of findings) for (const c of [f.cell, ...f.related]) read.add(c.includes("!") ? c : `${f.sheet}!${c}`);
    return { table, checks: parts.flatMap((p) => p.reports), findings, confirmed, read, unplaced: unplaced(table, read, findings) };
  });
  return { results, tooLarge };
}

/** The table's figures that no relation read: confirmed by none, named by no finding. */
function unplaced(table: StructTable, read: Set<string>, findings: Finding[]): string[] {
  const named = new Set(findings.flatMap((f) => [f.cell, ...f.related].map((c) => (c.includes("!") ? c : `${f.sheet}!${c}`))));
  const out: string[] = [];
  for (const row of table.rows) {
    for (const col of table.columns) {
      const fact = factAt(table, row, col);
      if (!fact) continue;
      const key = `${table.sheet}!${fact.address}`;
      if (!read.has(key) && !named.has(key)) out.push(fact.address);
    }
  }
  return out;
}
