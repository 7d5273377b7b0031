import type { Finding } from "../findings";
import { MESSAGES } from "../messages";

/**
 * One wrong figure breaks every check it takes part in. Such findings of a table that share a cell
 * become one error at that cell (the one most likely wrong), with the other cells as related. Groups
 * of rounding warnings alone are left as they are.
 */
export function mergeCascades(findings: Finding[], isCascading: (kind: string) => boolean): Finding[] {
  const key = (f: Finding, address: string) => (address.includes("!") ? address : `${f.sheet}!${address}`);
  const cellsOf = (f: Finding) => new Set([f.cell, ...f.related].map((a) => key(f, a)));
  let list = findings;
  const tried = new Set<string>();
  for (;;) {
    const candidates = list.filter((f) => f.severity !== "info" && f.kind !== undefined && isCascading(f.kind));
    if (candidates.length < 2) return list;
    const count = new Map<string, number>();
    for (const f of candidates) for (const c of cellsOf(f)) count.set(c, (count.get(c) ?? 0) + 1);
    // The cell in most of them; of equals, one that some finding reports.
    const reported = new Set(candidates.map((f) => key(f, f.cell)));
    const ranked = [...count]
      .filter(([cell, n]) => n >= 2 && !tried.has(cell))
      .sort((a, b) => b[1] - a[1] || Number(reported.has(b[0])) - Number(reported.has(a[0])));
    const best = ranked.find(([cell]) => candidates.some((f) => f.severity === "error" && cellsOf(f).has(cell)));
    if (!best) return list;
    tried.add(best[0]);
    const involved = candidates.filter((f) => cellsOf(f).has(best[0]));
    const keep = involved.find((f) => key(f, f.cell) === best[0]) ?? involved.find((f) => f.severity === "error")!;
    const others = involved.filter((f) => f !== keep);
    // An address from another sheet keeps its sheet's name.
    const from = (f: Finding, a: string) => (a.includes("!") || f.sheet === keep.sheet ? a : `${f.sheet}!${a}`);
    const related = [...new Set([...keep.related, ...others.flatMap((f) => [f.cell, ...f.related].map((a) => from(f, a)))])].filter(
      (a) => key(keep, a) !== key(keep, keep.cell),
    );
    const merged: Finding = {
      ...keep,
      severity: "error",
      kind: "merged",
      related,
      message: MESSAGES.cascade.alsoFails(keep.message, [...new Set(others.map((f) => from(f, f.cell)))]),
    };
    list = list.filter((f) => !involved.includes(f)).concat(merged);
  }
}
