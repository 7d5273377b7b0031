import fs from "fs";
import type { Finding } from "../validation/findings";
import { validate, ValidationResult } from "../validation/engine";
import type { Bilingual, Template } from "../validation/model";
import { Lang, pick } from "../core/messages";
import { joinList, validationReport } from "../validation/report";
import { BUILT_IN_TEMPLATES, findPack, PACKS, templatesOfPack } from "../validation/templates";
import { blankLayout } from "../validation/blank";
import { readXlsx, XLSX_LIMITS } from "../workbook/xlsx";
import { readRegularFile } from "./files";
import { inlineStrings } from "./printable";
import type { CliIO } from "./io";

interface Options {
  positional: string[];
  flags: Map<string, string>;
}

/** --name value pairs and positional arguments; an unknown or valueless flag is a usage error. */
function parseOptions(args: string[], known: string[]): Options | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2);
    if (!known.includes(name)) return `unknown option --${name}`;
    const value = inline ?? args[++i];
    if (value === undefined) return `--${name} needs a value`;
    flags.set(name, value);
  }
  return { positional, flags };
}

/** A template file is a few kilobytes of JSON; anything near this is not one. */
const TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;

function templatesFor(choice: string | undefined): Template[] | string {
  if (!choice || choice === "auto") return BUILT_IN_TEMPLATES;
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === choice);
  if (builtIn) return [builtIn];
  if (choice.endsWith(".json")) {
    const read = readRegularFile(choice, TEMPLATE_FILE_BYTES);
    if (!read.ok) return `cannot read template file ${choice}: ${read.reason}`;
    // A template saved by Windows Notepad starts with a byte-order mark.
    const text = read.bytes.toString("utf8").replace(/^\uFEFF/, "");
    // The schema checker (ajv) loads only for a template file.
    const { parseTemplateFile } = require("../validation/schema") as typeof import("../validation/schema");
    const parsed = parseTemplateFile(text);
    return parsed.ok ? parsed.templates : `template file ${choice} is not valid: ${parsed.errors.join("; ")}`;
  }
  return `unknown template "${choice}"; built-in: ${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}, or a .json template file`;
}

const SEVERITY_LABEL: Record<Lang, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

function textReport(fromWorkbook: ReturnType<typeof validationReport>, lang: Lang, explain: Bilingual[][] | undefined): string {
  // Names and labels come from the workbook: a line break in one must not start a line of the report.
  const report = inlineStrings(fromWorkbook);
  explain = explain && inlineStrings(explain);
  const zh = lang === "zh-CN";
  const lines = [report.file, ""];
  lines.push(zh ? "找到的表格：" : "Tables found:");
  if (report.tables.length === 0)
    lines.push(zh ? "  （未识别出任何披露表格，没有执行任何检查）" : "  (no disclosure table was recognised; nothing was checked)");
  for (const [i, t] of report.tables.entries()) {
    const period = t.period ? (zh ? `  期间 ${t.period}` : `  period ${t.period}`) : "";
    const turned = t.transposed ? (zh ? "  （指标横排）" : "  (indicators across)") : "";
    lines.push(`  ${t.sheet}!${t.range}  ${t.table}  [${t.template}]${period}${turned}`);
    lines.push(`    ${coverageLine(t, zh)}`);
    const missing = t.mapping.missing.filter((m) => m.required);
    if (missing.length > 0)
      lines.push(
        `    ${zh ? "缺少必填项：" : "required items missing: "}${joinList(
          missing.map((m) => m.label),
          lang,
        )}`,
      );
    if (t.mapping.unmappedColumns.length > 0)
      lines.push(
        `    ${zh ? "未识别的数值列：" : "columns with numbers not recognised: "}${joinList(
          t.mapping.unmappedColumns.map((c) => `${c.address} ${c.header}`.trim()),
          lang,
        )}`,
      );
    if (t.mapping.unrecognisedRows.length > 0)
      lines.push(
        `    ${zh ? "未识别的行（未检查）：" : "rows not recognised (not checked): "}${joinList(
          t.mapping.unrecognisedRows.map((r) => `${r.address} ${r.text}`),
          lang,
        )}`,
      );
    for (const d of explain?.[i] ?? []) lines.push(`    · ${pick(d, lang)}`);
  }
  lines.push("");
  const rows = report.findings.map((f) => [SEVERITY_LABEL[lang][f.severity], `${f.sheet}!${f.cell}`, f.rule, f.message]);
  const s = report.summary;
  if (rows.length === 0) {
    // Only an honest all-clear: tables were found and every applicable check ran.
    lines.push(zh ? `未发现问题（已执行 ${s.checksRun} 项检查）。` : `No findings (${s.checksRun} checks ran).`);
  } else {
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
    for (const r of rows)
      lines.push(
        r
          .slice(0, 3)
          .map((c, i) => pad(c, widths[i]))
          .join("  ") +
          "  " +
          r[3],
      );
  }
  lines.push(
    "",
    zh
      ? `错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}；检查 已执行 ${s.checksRun}，不适用 ${s.checksNotApplicable}，未能执行 ${s.checksNotRun}`
      : `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos; checks: ${s.checksRun} ran, ${s.checksNotApplicable} not applicable, ${s.checksNotRun} could not run`,
  );
  return lines.join("\n");
}

/** "已执行 12 项检查，2 项未能执行：…" — what a table's result rests on. */
function coverageLine(t: ReturnType<typeof validationReport>["tables"][number], zh: boolean): string {
  const ran = t.checks.filter((c) => c.state === "ran").length;
  const notRun = t.checks.filter((c) => c.state === "not-run");
  const na = t.checks.filter((c) => c.state === "not-applicable").length;
  const head = zh ? `已执行 ${ran} 项检查${na ? `，${na} 项不适用` : ""}` : `${ran} checks ran${na ? `, ${na} not applicable` : ""}`;
  if (notRun.length === 0) return head;
  const list = notRun.map((c) => `${c.title}（${c.reason}）`).join(zh ? "；" : "; ");
  return zh ? `${head}，${notRun.length} 项未能执行：${list}` : `${head}, ${notRun.length} could not run: ${list}`;
}

/** Chinese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Flags that take no value. */
const SWITCHES = ["strict", "explain"];

/**
 * `validate <file.xlsx> [--template id|auto|file.json] [--format text|json] [--lang zh-CN|en-US] [--strict] [--explain]`.
 * Reads only. Exit 1 on an error finding; with --strict also on a warning or a check that could not run.
 */
export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const switches = new Set(args.filter((a) => SWITCHES.includes(a.replace(/^--/, "")) && a.startsWith("--")).map((a) => a.slice(2)));
  const options = parseOptions(
    args.filter((a) => !(a.startsWith("--") && SWITCHES.includes(a.slice(2)))),
    ["template", "pack", "format", "lang"],
  );
  if (typeof options === "string") return usageError(io, options);
  const [file, ...extra] = options.positional;
  if (!file || extra.length > 0) return usageError(io, "validate takes one .xlsx file");
  const format = options.flags.get("format") ?? "text";
  const lang = (options.flags.get("lang") ?? "zh-CN") as Lang;
  if (!["text", "json"].includes(format)) return usageError(io, `--format must be text or json, got "${format}"`);
  if (!["zh-CN", "en-US"].includes(lang)) return usageError(io, `--lang must be zh-CN or en-US, got "${lang}"`);
  const packName = options.flags.get("pack");
  if (packName !== undefined && options.flags.has("template")) return usageError(io, "--pack and --template cannot be combined: a pack is a set of templates");
  const pack = packName === undefined ? undefined : findPack(packName);
  if (packName !== undefined && !pack) return usageError(io, `unknown pack "${packName}"; packs: ${PACKS.map((p) => `${p.id} (${p.name.zh})`).join(", ")}`);
  const templates = pack ? templatesOfPack(pack.id) : templatesFor(options.flags.get("template"));
  if (typeof templates === "string") return usageError(io, templates);

  const read = readRegularFile(file, XLSX_LIMITS.fileBytes);
  if (!read.ok) {
    io.err(`green-disclosure: cannot read ${file}: ${read.reason}`);
    return 2;
  }
  const bytes = read.bytes;
  let workbook;
  try {
    workbook = await readXlsx(bytes);
  } catch (error) {
    io.err(`green-disclosure: ${file} is not a readable .xlsx workbook: ${(error as Error).message.split("\n")[0]}`);
    return 2;
  }
  let result: ValidationResult;
  try {
    result = validate(workbook, templates);
  } catch (error) {
    // Never a stack trace: one line, and the exit code for unusable input.
    io.err(`green-disclosure: ${file} could not be checked: ${(error as Error).message.split("\n")[0]}`);
    return 2;
  }
  const report = validationReport(file, result, lang);
  const explain = switches.has("explain") ? result.tables.map((t) => t.explain) : undefined;
  if (format === "json")
    io.out(
      JSON.stringify(explain ? { ...report, tables: report.tables.map((t, i) => ({ ...t, explain: explain[i].map((d) => pick(d, lang)) })) } : report, null, 2),
    );
  else io.out(textReport(report, lang, explain));
  if (report.summary.errors > 0) return 1;
  if (switches.has("strict") && (report.summary.warnings > 0 || report.summary.checksNotRun > 0)) return 1;
  return 0;
}

/** `templates`: the built-in templates by pack (who prescribes them); a template several packs use is listed under each. */
export function runTemplates(io: CliIO): number {
  for (const pack of PACKS) {
    io.out(`${pack.id}\t${pack.name.zh} / ${pack.name.en}\t${pack.prescribedBy}`);
    io.out(`  ${pack.basis.zh}`);
    for (const t of templatesOfPack(pack.id)) io.out(`  ${t.id}\t${t.title.zh} / ${t.title.en}\t${t.source}`);
  }
  return 0;
}

/** `template <id> --out <file.xlsx>`: a blank workbook of one built-in template. Never overwrites a file. */
export async function runTemplate(args: string[], io: CliIO): Promise<number> {
  const options = parseOptions(args, ["out"]);
  if (typeof options === "string") return usageError(io, options);
  const [id] = options.positional;
  const out = options.flags.get("out");
  if (!id || !out) return usageError(io, "usage: green-disclosure template <id> --out <file.xlsx>");
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!template) return usageError(io, `unknown template "${id}"; built-in: ${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}`);
  if (fs.existsSync(out)) {
    io.err(`green-disclosure: ${out} exists; choose another name (files are never overwritten)`);
    return 2;
  }
  const bytes = await (require("../workbook/xlsx-write") as typeof import("../workbook/xlsx-write")).writeXlsx([blankLayout(template, { formulas: true })]);
  try {
    fs.writeFileSync(out, bytes, { flag: "wx" });
  } catch (error) {
    io.err(`green-disclosure: cannot write ${out}: ${(error as Error).message}`);
    return 2;
  }
  io.out(`wrote ${out} (${template.title.zh})`);
  return 0;
}

function usageError(io: CliIO, message: string): number {
  io.err(`green-disclosure: ${message}`);
  return 2;
}
