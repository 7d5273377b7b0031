import fs from "fs";
import path from "path";
import { parse } from "csv-parse/sync";

/** The project's factor reference: every factor known, with its source and verification mark. */
export const FACTORS_CSV = path.resolve(__dirname, "../../data/factors.csv");

export interface FactorCsvRow {
  category: string;
  key: string;
  region: string;
  year: string;
  value: string;
  unit: string;
  source: string;
  verified: string;
}

export function readFactorsCsv(): FactorCsvRow[] {
  return parse(fs.readFileSync(FACTORS_CSV, "utf8"), { columns: true, skip_empty_lines: true }) as FactorCsvRow[];
}
