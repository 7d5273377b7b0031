/*
 * Writes the sample workbooks (samples/*.xlsx) from samples/data/*.json: the Anlong and Kunlun
 * tables with their numbers as published. Run: npx tsx scripts/make-samples.ts
 *
 * Cell codes in the JSON: "=1,077.31" a number shown with those decimals (and thousands separators);
 * "%0.39" a percentage stored as a fraction and formatted 0.00%; other strings are text; null is empty.
 */
import fs from "fs";
import path from "path";
import type { LayoutCell, SheetLayout } from "../src/workbook/layout";
import { writeXlsx } from "../src/workbook/xlsx-write";

interface SampleFile {
  title: string;
  source: string;
  sheets: { name: string; merges: string[]; rows: (string | null)[][] }[];
}

function numberFormat(printed: string): string {
  const decimals = printed.split(".")[1]?.length ?? 0;
  const integer = printed.includes(",") ? "#,##0" : "0";
  return decimals > 0 ? `${integer}.${"0".repeat(decimals)}` : integer;
}

export function decodeCell(code: string | null): LayoutCell {
  if (code === null) return null;
  if (code.startsWith("=")) {
    const printed = code.slice(1);
    return { value: Number(printed.replace(/,/g, "")), numFmt: numberFormat(printed) };
  }
  if (code.startsWith("%")) {
    const printed = code.slice(1);
    const decimals = printed.split(".")[1]?.length ?? 0;
    return { value: Number(printed) / 100, numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  return code;
}

export function sampleLayouts(file: SampleFile): SheetLayout[] {
  return file.sheets.map((sheet) => ({
    name: sheet.name,
    merges: sheet.merges,
    rows: sheet.rows.map((row) => row.map(decodeCell)),
    columnWidths: [44, 28, 22, 14],
  }));
}

async function main(): Promise<void> {
  const root = path.join(__dirname, "..", "samples");
  for (const name of fs.readdirSync(path.join(root, "data")).filter((f) => f.endsWith(".json"))) {
    const file: SampleFile = JSON.parse(fs.readFileSync(path.join(root, "data", name), "utf8"));
    const bytes = await writeXlsx(sampleLayouts(file));
    const out = path.join(root, name.replace(/\.json$/, ".xlsx"));
    fs.writeFileSync(out, bytes);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

if (require.main === module) void main();
