/** Verification marks, as in data/factors.csv. */
export type Verification = "verified" | "verified-secondary" | "derived" | "unverified";

/** Only these may ever be used when the user did not choose a factor explicitly. */
export const DEFAULTABLE: ReadonlySet<Verification> = new Set(["verified", "verified-secondary", "derived"]);

/** Where a factor comes from: the issuing body and document, and where its value was read. */
export interface Citation {
  /** Issuing body, Chinese with English abbreviation. */
  issuer: string;
  /** Document title or description. */
  document: string;
  /** Document number (文号/公告号) where known. */
  number?: string;
  /** Date of issue (ISO) where known. */
  date?: string;
  /** The copy the value was read from (no primary PDF was read for most values). */
  via: string;
}

/** The row of data/factors.csv a bundled value was taken from. */
export interface CsvRow {
  category: string;
  key: string;
  region: string;
  year: string;
}

export interface FactorRecord {
  /** Exact decimal text, as published. */
  value: string;
  unit: string;
  verification: Verification;
  citation: Citation;
  /** Edition label shown to users, e.g. "2023", "2012", "A". */
  edition: string;
  csv: CsvRow;
}

/** The official document and the mark, as a cell or a reviewer's note cites it (where it was checked: docs/FACTORS.md). */
export function formatCitation(record: FactorRecord): string {
  const c = record.citation;
  const parts = [c.issuer, c.document, c.number, c.date].filter(Boolean);
  return `${parts.join(" · ")} [${record.verification}]`;
}

/** For values that come from a cited document rather than from factors.csv. */
export const NOT_IN_CSV: CsvRow = { category: "", key: "", region: "", year: "" };

/** A factor typed in the formula instead of a bundled one: shown as the user's, unverified. */
export function userFactor(value: { toString(): string }, unit: string): FactorRecord {
  return {
    value: value.toString(),
    unit,
    verification: "unverified",
    citation: { issuer: "用户输入 user input", document: "factor given in the formula", via: "the formula's argument" },
    edition: "user",
    csv: NOT_IN_CSV,
  };
}
