import data from "../../../data/factors.json";
import { DEFAULTABLE } from "./types";
import type { Citation, FactorRecord, Verification } from "./types";

/**
 * The bundled factors, read from data/factors.json: one record per value. The tables in this folder
 * are views of these records; adding an edition is adding its records (and its source) there.
 */

export type FactorKind = keyof typeof data.editions;

/** A record as data/factors.json states it. */
export interface DataRecord {
  kind: FactorKind;
  key: string;
  /** For a kind whose value has parts (a fuel's ncv, carbon_content, oxidation; a baseline's om, bm). */
  part?: string;
  edition: string;
  value: string;
  unit: string;
  mark: Verification;
  source: keyof typeof data.sources;
  /** Where this value was checked, where it differs from the source's copies. */
  checked?: string;
  /** The row of data/factors.csv the value was checked against: category, key, region, year. */
  reference?: [string, string, string, string];
}

interface DataSource {
  issuer: string;
  document: string;
  number?: string;
  date?: string;
  /** Which copies of the document the values were read from and compared with. */
  checked: string;
}

const SOURCE_DATA = data.sources as Record<string, DataSource>;

/** The official documents the records cite, by id. */
export const SOURCES: Record<string, Citation> = Object.fromEntries(
  Object.entries(SOURCE_DATA).map(([id, { checked, ...citation }]) => [id, { ...citation, via: checked }]),
);

function toRecord(row: DataRecord): FactorRecord {
  const [category, key, region, year] = row.reference ?? ["", "", "", ""];
  return {
    value: row.value,
    unit: row.unit,
    verification: row.mark,
    citation: row.checked ? { ...SOURCES[row.source], via: row.checked } : SOURCES[row.source],
    edition: row.edition,
    csv: { category, key, region, year },
  };
}

const ROWS = data.records as DataRecord[];
const RECORDS = new Map<string, FactorRecord>();
const id = (kind: string, key: string, edition: string, part = "") => `${kind}|${key}|${part}|${edition}`;
for (const row of ROWS) RECORDS.set(id(row.kind, row.key, row.edition, row.part), toRecord(row));

/** The records as the data states them, of one kind or all, in the data's order (for documentation). */
export function factorRows(kind?: FactorKind): readonly DataRecord[] {
  return kind === undefined ? ROWS : ROWS.filter((row) => row.kind === kind);
}

/** One record, or undefined where that edition does not publish it. */
export function factorRecord(kind: FactorKind, key: string, edition: string, part?: string): FactorRecord | undefined {
  return RECORDS.get(id(kind, key, edition, part));
}

/** A kind's editions, newest first. */
export function editionsOf(kind: FactorKind): readonly string[] {
  return data.editions[kind];
}

/** The keys a kind has records for (regions, fuels, …), in the data's order. */
export function keysOf(kind: FactorKind): string[] {
  return [...new Set(ROWS.filter((row) => row.kind === kind).map((row) => row.key))];
}

/** Every record of a kind (every kind without one), in the data's order. */
export function factorRecords(kind?: FactorKind): FactorRecord[] {
  return ROWS.filter((row) => kind === undefined || row.kind === kind).map((row) => RECORDS.get(id(row.kind, row.key, row.edition, row.part))!);
}

/** The kind's default edition, as data/factors.json names it. */
export function defaultEditionOf(kind: FactorKind): string {
  return data.defaults[kind];
}

/**
 * The one default policy: the named default edition, or else the next older one, whose records for the
 * key are all usable as a default (verified, verified-secondary or derived). Never an unverified record,
 * never an edition newer than the named default. undefined: the user must choose. `editions` newest first.
 */
export function chooseDefault(
  editions: readonly string[],
  named: string,
  recordsOf: (edition: string) => readonly (FactorRecord | undefined)[],
): string | undefined {
  const start = Math.max(0, editions.indexOf(named));
  return editions.slice(start).find((edition) => {
    const records = recordsOf(edition);
    return records.length > 0 && records.every((record) => record !== undefined && DEFAULTABLE.has(record.verification));
  });
}

/** chooseDefault over a kind's editions and its named default. */
export function defaultEdition(kind: FactorKind, recordsOf: (edition: string) => readonly (FactorRecord | undefined)[]): string | undefined {
  return chooseDefault(editionsOf(kind), defaultEditionOf(kind), recordsOf);
}

/** The record of `key` that is used when no edition is given (see defaultEdition), or undefined. */
export function defaultRecord(kind: FactorKind, key: string, part?: string): FactorRecord | undefined {
  const edition = defaultEdition(kind, (e) => [factorRecord(kind, key, e, part)]);
  return edition === undefined ? undefined : factorRecord(kind, key, edition, part);
}

/** A record the code cannot work without; its presence in the data is checked by the factor tests. */
export function requiredRecord(kind: FactorKind, key: string): FactorRecord {
  const record = defaultRecord(kind, key);
  if (!record) throw new Error(`data/factors.json: no usable ${kind} record for ${key}`);
  return record;
}
