import CATALOGUE from "../../data/green-catalogue.json";
import { labelName } from "./labels";

/**
 * The green finance catalogue's first-level areas (《绿色金融支持项目目录（2025年版）》, effective
 * 2025-10-01) and those of its predecessors, for checking the area names a table or ledger uses.
 * The legacy → 2025 suggestions are a name-similarity list, marked unverified in the data.
 */
export interface CatalogueArea {
  name: string;
  en: string;
  legacy: string[];
}

export const GREEN_CATALOGUE = {
  title: CATALOGUE.current.title,
  number: CATALOGUE.current.number,
  effective: CATALOGUE.current.effective,
  areas: CATALOGUE.current.areas as CatalogueArea[],
  predecessors: CATALOGUE.predecessors.map((p) => ({ title: p.title, areas: p.areas })),
};

const squeeze = (text: string) => text.normalize("NFKC").replace(/[\s、，,：:（）()]/g, "");

/** What an area name is: a 2025 area, a predecessor's (with the suggested 2025 areas), or neither. */
export type AreaVerdict = { kind: "current"; area: CatalogueArea } | { kind: "legacy"; of: string[]; suggestions: string[] } | { kind: "unknown" };

export function areaVerdict(label: string): AreaVerdict {
  const read = labelName(label);
  const english = read.en.trim();
  if (!read.zh && english) {
    const area = GREEN_CATALOGUE.areas.find((a) => a.en === english || english.startsWith(a.en));
    return area ? { kind: "current", area } : { kind: "unknown" };
  }
  const name = squeeze(read.zh || read.name).replace(/^其中/, "");
  // "节能降碳" for "节能降碳产业": the area names' common endings may be left off.
  const same = (a: string) => squeeze(a) === name || squeeze(a).replace(/(产业|领域)$/, "") === name.replace(/(产业|领域|类)$/, "");
  const area = GREEN_CATALOGUE.areas.find((a) => same(a.name));
  if (area) return { kind: "current", area };
  const of = GREEN_CATALOGUE.predecessors.filter((p) => p.areas.some(same)).map((p) => p.title);
  if (of.length > 0) {
    const legacyName = GREEN_CATALOGUE.predecessors.flatMap((p) => p.areas).find(same)!;
    return { kind: "legacy", of, suggestions: GREEN_CATALOGUE.areas.filter((a) => a.legacy.includes(legacyName)).map((a) => a.name) };
  }
  return { kind: "unknown" };
}

/** The catalogue applies to a period ending on or after its effective date; undefined when the period is unknown. */
export function catalogueApplies(periodKey: string | undefined): boolean | undefined {
  if (!periodKey) return undefined;
  const m = /^(\d{4})(?:(?:-(\d{2}))|Q([1-4]))?/.exec(periodKey);
  if (!m) return undefined;
  const year = Number(m[1]);
  // "2025-opening" is the start of 2025: before the catalogue.
  const month = /opening/.test(periodKey) ? 0 : m[2] ? Number(m[2]) : m[3] ? Number(m[3]) * 3 : 12;
  const [ey, em] = GREEN_CATALOGUE.effective.split("-").map(Number);
  return year > ey || (year === ey && month >= em);
}
