import type { StructRow, StructTable } from "./table";

/** How a row sits inside the row above it: an 其中 item, or a deeper outline number or indentation. */
export type Nesting = "of-which" | "outline";

export interface Parent {
  row: StructRow;
  nesting: Nesting;
}

const PARENTS = new WeakMap<StructTable, Map<StructRow, Parent | undefined>>();

/** Each row's parent, from 其中 marks, outline numbers (一、（一）1.（1）①) and indentation; totals have none. */
export function parents(table: StructTable): Map<StructRow, Parent | undefined> {
  const known = PARENTS.get(table);
  if (known) return known;
  const out = new Map<StructRow, Parent | undefined>();
  const rows = table.rows;
  const bare = (r: StructRow) => /^(?:其中|含|包括|of\s*which|including)\s*[:：]?\s*$/i.test(r.raw);
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j];
    let parent: Parent | undefined;
    if (!row.total) {
      for (let k = j - 1; k >= 0 && !parent; k--) {
        const p = rows[k];
        if (p.total) break;
        if (bare(p)) continue;
        if (row.ofWhich) {
          if (!p.ofWhich && p.indent <= row.indent) parent = { row: p, nesting: "of-which" };
        } else if (row.indent > 0) {
          if (p.indent < row.indent && !p.ofWhich) parent = { row: p, nesting: "outline" };
        } else if (row.depth !== undefined) {
          if (p.ofWhich || p.indent > 0) continue;
          if ((p.depth !== undefined && p.depth < row.depth) || (p.depth === undefined && sameGroup(p, row))) parent = { row: p, nesting: "outline" };
          else if (p.depth !== undefined && p.depth >= row.depth) continue;
        } else break;
      }
    }
    out.set(row, parent);
  }
  PARENTS.set(table, out);
  return out;
}

const sameGroup = (a: StructRow, b: StructRow) => (a.path[0] ?? "") === (b.path[0] ?? "");
