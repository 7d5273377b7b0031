import fs from "fs";
import type { Finding } from "../validation/findings";
import { validate, ValidationResult } from "../validation/engine";
import type { Template } from "../validation/model";
import { BUILT_IN_TEMPLATES } from "../validation/templates";
import { blankLayout } from "../validation/blank";
import { readXlsx } from "../workbook/xlsx";
import { writeXlsx } from "../workbook/xlsx-write";
import type { CliIO } from "./io";

type Lang = "zh-CN" | "en-US";

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

function templatesFor(choice: string | undefined): Template[] | string {
  if (!choice || choice === "auto") return BUILT_IN_TEMPLATES;
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === choice);
  if (builtIn) return [builtIn];
  if (choice.endsWith(".json")) {
    let text: string;
    try {
      text = fs.readFileSync(choice, "utf8");
    } catch (error) {
      return `cannot read template file ${choice}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    }
    // The schema checker (ajv) loads only for a template file.
    const { parseTemplateFile } = require("../validation/schema") as typeof import("../validation/schema");
    const parsed = parseTemplateFile(text);
    return parsed.ok ? parsed.templates : `template file ${choice} is not valid: ${parsed.errors.join("; ")}`;
  }
  return `unknown template "${choice}"; built-in: ${BUILT_IN_TEMPLATES.map((t) => t.id).join(", ")}, or a .json template file`;
}

function jsonReport(file: string, result: ValidationResult, lang: Lang) {
  const count = (s: Finding["severity"]) => result.findings.filter((f) => f.severity === s).length;
  return {
    file,
    tables: result.tables,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: lang === "en-US" ? f.message.en : f.message.zh,
      expected: f.expected,
      actual: f.actual,
    })),
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info") },
  };
}

const SEVERITY_LABEL: Record<Lang, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

function textReport(report: ReturnType<typeof jsonReport>, lang: Lang): string {
  const zh = lang === "zh-CN";
  const lines = [report.file, ""];
  lines.push(zh ? "找到的表格：" : "Tables found:");
  if (report.tables.length === 0) lines.push(zh ? "  （未找到内置模板对应的表格）" : "  (no table of a built-in template was found)");
  for (const t of report.tables) lines.push(`  ${t.sheet}!${t.range}  ${t.table}  [${t.template}]`);
  lines.push("");
  const rows = report.findings.map((f) => [SEVERITY_LABEL[lang][f.severity], `${f.sheet}!${f.cell}`, f.rule, f.message]);
  if (rows.length === 0) lines.push(zh ? "未发现问题。" : "No findings.");
  else {
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
    for (const r of rows) lines.push(r.slice(0, 3).map((c, i) => pad(c, widths[i])).join("  ") + "  " + r[3]);
  }
  const s = report.summary;
  lines.push("", zh ? `错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}` : `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`);
  return lines.join("\n");
}

/** Chinese characters take two columns in a terminal. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** `validate <file.xlsx> [--template id|auto|file.json] [--format text|json] [--lang zh-CN|en-US]`. Reads only. */
export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const options = parseOptions(args, ["template", "format", "lang"]);
  if (typeof options === "string") return usageError(io, options);
  const [file, ...extra] = options.positional;
  if (!file || extra.length > 0) return usageError(io, "validate takes one .xlsx file");
  const format = options.flags.get("format") ?? "text";
  const lang = (options.flags.get("lang") ?? "zh-CN") as Lang;
  if (!["text", "json"].includes(format)) return usageError(io, `--format must be text or json, got "${format}"`);
  if (!["zh-CN", "en-US"].includes(lang)) return usageError(io, `--lang must be zh-CN or en-US, got "${lang}"`);
  const templates = templatesFor(options.flags.get("template"));
  if (typeof templates === "string") return usageError(io, templates);

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`green-disclosure: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message}`);
    return 2;
  }
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
  const report = jsonReport(file, result, lang);
  io.out(format === "json" ? JSON.stringify(report, null, 2) : textReport(report, lang));
  return report.summary.errors > 0 ? 1 : 0;
}

export function runTemplates(io: CliIO): number {
  for (const t of BUILT_IN_TEMPLATES) io.out(`${t.id}\t${t.title.zh} / ${t.title.en}\t${t.source}`);
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
  const bytes = await writeXlsx([blankLayout(template)]);
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
