/*
 * Writes the sample workbooks (samples/*.xlsx) from samples/data/*.json: the Anlong and Kunlun
 * tables with their numbers as published. Run: npx tsx scripts/make-samples.ts
 * The cell codes are described in src/workbook/compact.ts.
 */
import fs from "fs";
import path from "path";
import { CompactSheet, compactToLayout } from "../src/workbook/compact";
import { writeXlsx } from "../src/workbook/xlsx-write";

interface SampleFile {
  title: string;
  source: string;
  sheets: CompactSheet[];
}

async function main(): Promise<void> {
  const root = path.join(__dirname, "..", "samples");
  for (const name of fs.readdirSync(path.join(root, "data")).filter((f) => f.endsWith(".json"))) {
    const file: SampleFile = JSON.parse(fs.readFileSync(path.join(root, "data", name), "utf8"));
    const bytes = await writeXlsx(file.sheets.map(compactToLayout));
    const out = path.join(root, name.replace(/\.json$/, ".xlsx"));
    fs.writeFileSync(out, bytes);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

void main();
