import fs from "fs";
import path from "path";
import { parse } from "csv-parse/sync";

/** ../shared beside the project: present on developers' machines and in CI, absent in a user's clone. */
export const SHARED_DIR = path.resolve(__dirname, "../../../shared");
export const HAS_SHARED = fs.existsSync(SHARED_DIR);

/** In CI shared/ must be there: a missing folder fails instead of skipping. */
export function describeWithShared(name: string, body: () => void): void {
  if (HAS_SHARED || process.env.CI) {
    describe(name, body);
  } else {
    describe.skip(`${name} (skipped: ../shared is not beside this clone)`, body);
  }
}

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
  const text = fs.readFileSync(path.join(SHARED_DIR, "reference", "factors.csv"), "utf8");
  return parse(text, { columns: true, skip_empty_lines: true }) as FactorCsvRow[];
}
