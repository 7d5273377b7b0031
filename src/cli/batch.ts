import fs from "fs";
import os from "os";
import path from "path";
import { Worker } from "worker_threads";
import { Bilingual, Lang, pick } from "../core/messages";
import { CLI } from "./messages";
import { cellLink, neutralize } from "../validation/report";
import type { LayoutCell, SheetLayout } from "../workbook/layout";
import type { CliIO } from "./io";
import { displayWidth as width, pad } from "./printable";
import { checkFile, FileOutcome, TemplateChoice } from "./check-file";

/**
 * `validate` over many files: folders are searched for .xlsx files, the files are checked on worker
 * threads (one per core), and each file's result is printed in the order given: a summary table, or
 * one JSON object per line (JSON Lines). The exit code is the worst of the files'.
 */

/** The .xlsx files named, folders searched recursively (Excel's ~$ lock files left out), in a stable order. */
export function expandInputs(inputs: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) files.push(full);
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const before = files.length;
      walk(input);
      if (files.length === before) problems.push(input);
    } else files.push(input);
  }
  return { files: [...new Set(files)], problems };
}

export interface BatchOptions {
  choice: TemplateChoice;
  lang: Lang;
  format: "text" | "json";
  strict: boolean;
  summary?: string;
}

/** Worker threads to use: one per core, none for a handful of files (starting a worker costs more than checking one). */
function workerCount(files: number): number {
  const wanted = process.env.GD_WORKERS !== undefined ? Number(process.env.GD_WORKERS) : os.availableParallelism();
  if (!Number.isFinite(wanted) || wanted <= 1 || files < 4) return 0;
  return Math.min(wanted, files);
}

/** How a worker starts: the bundled CLI, or the TypeScript sources through tsx. */
function workerSource(): string {
  const self = __filename;
  if (self.endsWith(".ts")) {
    const entry = path.join(path.dirname(self), "check-file.ts");
    return `require("tsx/cjs/api").register(); require(${JSON.stringify(entry)}).serveChecks();`;
  }
  return `require(${JSON.stringify(self)}).serveChecks();`;
}

/** Checks every file, in-process or on a pool of workers, calling `done` in the files' order. */
async function checkAll(files: string[], options: BatchOptions, done: (outcome: FileOutcome) => void): Promise<void> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let printed = 0;
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    while (printed < files.length && outcomes[printed]) {
      done(outcomes[printed]!);
      outcomes[printed++] = undefined; // printed: free it
    }
  };
  const count = workerCount(files.length);
  if (count === 0) {
    for (const [i, file] of files.entries()) settle(i, await checkFile(file, options.choice, options.lang));
    return;
  }
  let next = 0;
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(workerSource(), { eval: true, workerData: { choice: options.choice, lang: options.lang } });
          let current = -1;
          const feed = () => {
            if (next >= files.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            current = next++;
            worker.postMessage(files[current]);
          };
          worker.on("message", (outcome: FileOutcome) => {
            settle(current, outcome);
            feed();
          });
          worker.on("error", (error) => {
            // A worker that dies takes one file with it, never the batch.
            if (current >= 0) settle(current, { file: files[current], ok: false, code: 2, error: CLI.workerStopped(error.message) });
            reject(error);
          });
          feed();
        }),
    ),
  ).catch(() => undefined);
  // Anything a failed worker left unchecked is checked here.
  for (let i = 0; i < files.length; i++) if (!outcomes[i] && i >= printed) settle(i, await checkFile(files[i], options.choice, options.lang));
}

const HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["文件", "表格", "错误", "警告", "未能执行的检查"],
  "en-US": ["file", "tables", "errors", "warnings", "checks not run"],
};

function exitOf(outcome: FileOutcome, strict: boolean): number {
  if (!outcome.ok) return 2;
  const s = outcome.report.summary;
  if (s.errors > 0) return 1;
  return strict && (s.warnings > 0 || s.checksNotRun > 0) ? 1 : 0;
}

export async function runBatch(files: string[], options: BatchOptions, io: CliIO): Promise<number> {
  const zh = options.lang === "zh-CN";
  const rows: string[][] = [];
  const collected: FileOutcome[] = [];
  let worst = 0;
  let unreadable = 0;
  const totals = { tables: 0, errors: 0, warnings: 0, notRun: 0 };
  await checkAll(files, options, (outcome) => {
    worst = Math.max(worst, exitOf(outcome, options.strict));
    if (options.summary) collected.push(outcome);
    if (options.format === "json") {
      io.out(JSON.stringify(outcome.ok ? outcome.report : { file: outcome.file, error: pick(outcome.error, options.lang) }));
      return;
    }
    if (!outcome.ok) {
      unreadable++;
      rows.push([outcome.file, zh ? `无法读取：${outcome.error.zh}` : `unreadable: ${outcome.error.en}`]);
      return;
    }
    const s = outcome.report.summary;
    const tables = outcome.report.tables.length;
    totals.tables += tables;
    totals.errors += s.errors;
    totals.warnings += s.warnings;
    totals.notRun += s.checksNotRun;
    rows.push([outcome.file, String(tables), String(s.errors), String(s.warnings), String(s.checksNotRun)]);
  });
  if (options.format === "text") {
    const header = HEADERS[options.lang];
    const widths = header.map((h, i) => Math.max(width(h), ...rows.filter((r) => r.length > 2).map((r) => width(r[i] ?? ""))));
    widths[0] = Math.max(widths[0], ...rows.map((r) => width(r[0])));
    io.out(header.map((h, i) => pad(h, widths[i], i > 0)).join("  "));
    for (const r of rows) io.out(r.length === 2 ? `${pad(r[0], widths[0])}  ${r[1]}` : r.map((c, i) => pad(c, widths[i], i > 0)).join("  "));
    io.out(
      zh
        ? `\n共 ${files.length} 个文件：表格 ${totals.tables}，错误 ${totals.errors}，警告 ${totals.warnings}，未能执行的检查 ${totals.notRun}${unreadable ? `，无法读取 ${unreadable} 个` : ""}`
        : `\n${files.length} files: ${totals.tables} tables, ${totals.errors} errors, ${totals.warnings} warnings, ${totals.notRun} checks not run${unreadable ? `, ${unreadable} unreadable` : ""}`,
    );
  }
  if (options.summary) {
    const written = await writeSummary(options.summary, collected, options.lang);
    if (written !== true) {
      io.err(`green-disclosure: ${pick(written, options.lang)}`);
      return 2;
    }
    io.err(pick(CLI.wroteSummary(options.summary), options.lang));
  }
  return worst;
}

/** The reviewer's workbook: a row per file, and a row per finding with a link that opens the file at its cell. */
export function summaryLayouts(outcomes: FileOutcome[], lang: Lang, base: string): SheetLayout[] {
  const zh = lang === "zh-CN";
  const bold = (values: string[]): LayoutCell[] => values.map((value) => ({ value, bold: true }));
  const severity = (s: string) => (zh ? ({ error: "错误", warning: "警告", info: "提示" } as Record<string, string>)[s] : s);
  const fileRows: LayoutCell[][] = [
    bold(
      zh
        ? ["文件", "表格", "错误", "警告", "提示", "未能执行的检查", "无法读取的原因"]
        : ["File", "Tables", "Errors", "Warnings", "Infos", "Checks not run", "Why unreadable"],
    ),
  ];
  const findingRows: LayoutCell[][] = [
    bold(
      zh
        ? ["文件", "工作表", "单元格", "位置（链接）", "级别", "规则", "说明", "计算值", "报告值"]
        : ["File", "Sheet", "Cell", "Where (link)", "Severity", "Rule", "Message", "Computed", "Reported"],
    ),
  ];
  for (const o of outcomes) {
    const file = neutralize(o.file);
    if (!o.ok) {
      fileRows.push([file, null, null, null, null, null, neutralize(pick(o.error, lang))]);
      continue;
    }
    const s = o.report.summary;
    fileRows.push([file, o.report.tables.length, s.errors, s.warnings, s.infos, s.checksNotRun, null]);
    // Links are relative to the summary's folder, so the folder can be moved with it.
    const relative = path.relative(base, path.resolve(o.file)).split(path.sep).join("/");
    for (const f of o.report.findings)
      findingRows.push([
        file,
        neutralize(f.sheet),
        f.cell,
        cellLink(f.sheet, f.cell, relative),
        severity(f.severity),
        f.rule,
        neutralize(f.message),
        f.expected,
        f.actual,
      ]);
  }
  return [
    { name: zh ? "文件" : "Files", rows: fileRows, merges: [], columnWidths: [48, 8, 8, 8, 8, 14, 40], table: `A1:G${fileRows.length}` },
    {
      name: zh ? "发现" : "Findings",
      rows: findingRows,
      merges: [],
      columnWidths: [40, 18, 8, 24, 8, 36, 90, 14, 14],
      table: `A1:I${findingRows.length}`,
    },
  ];
}

async function writeSummary(out: string, outcomes: FileOutcome[], lang: Lang): Promise<true | Bilingual> {
  if (fs.existsSync(out)) return CLI.exists(out);
  const { writeXlsx } = require("../workbook/xlsx-write") as typeof import("../workbook/xlsx-write");
  const bytes = await writeXlsx(summaryLayouts(outcomes, lang, path.dirname(path.resolve(out))));
  try {
    fs.writeFileSync(out, bytes, { flag: "wx" });
    return true;
  } catch (error) {
    return CLI.cannotWrite(out, (error as Error).message);
  }
}
