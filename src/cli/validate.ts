import fs from "fs";
import type { Finding } from "../validation/findings";
import { Bilingual, Lang, pick } from "../core/messages";
import { CLI } from "./messages";
import { plural } from "../i18n/ui";
import { joinList } from "../validation/report";
import { BUILT_IN_TEMPLATES, PACKS, templatesOfPack } from "../validation/templates";
import { blankLayout } from "../validation/blank";
import { expandInputs, runBatch } from "./batch";
import { checkFile, Report, templatesFor } from "./check-file";
import { displayWidth, inlineStrings, pad } from "./printable";
import type { CliIO } from "./io";

interface Options {
  positional: string[];
  flags: Map<string, string>;
}

/** --name value pairs and positional arguments; an unknown or valueless flag is a usage error. */
function parseOptions(args: string[], known: string[]): Options | Bilingual {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2);
    if (!known.includes(name)) return CLI.unknownOption(name);
    const value = inline ?? args[++i];
    if (value === undefined) return CLI.needsValue(name);
    flags.set(name, value);
  }
  return { positional, flags };
}

const SEVERITY_LABEL: Record<Lang, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

function textReport(fromWorkbook: Report, lang: Lang, explain: string[][] | undefined): string {
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
    // A table no template recognised was read by its own structure.
    const reader = t.template ? `[${t.template}]` : zh ? "[按表格结构核对]" : "[by its own structure]";
    lines.push(`  ${t.sheet}!${t.range}  ${t.table}  ${reader}${period}${turned}`);
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
    for (const d of explain?.[i] ?? []) lines.push(`    · ${d}`);
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
      : `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}; checks: ${s.checksRun} ran, ${s.checksNotApplicable} not applicable, ${s.checksNotRun} could not run`,
  );
  return lines.join("\n");
}

/** "已执行 12 项检查，2 项未能执行：…" — what a table's result rests on. */
function coverageLine(t: Report["tables"][number], zh: boolean): string {
  const ran = t.checks.filter((c) => c.state === "ran").length;
  const notRun = t.checks.filter((c) => c.state === "not-run");
  const na = t.checks.filter((c) => c.state === "not-applicable").length;
  const head = zh ? `已执行 ${ran} 项检查${na ? `，${na} 项不适用` : ""}` : `${ran} checks ran${na ? `, ${na} not applicable` : ""}`;
  if (notRun.length === 0) return head;
  const list = notRun.map((c) => `${c.title}（${c.reason}）`).join(zh ? "；" : "; ");
  return zh ? `${head}，${notRun.length} 项未能执行：${list}` : `${head}, ${notRun.length} could not run: ${list}`;
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
    ["template", "pack", "format", "lang", "summary"],
  );
  const said = langOf(args);
  if (!("positional" in options)) return usageError(io, options, said);
  if (options.positional.length === 0) return usageError(io, CLI.noInputs(), said);
  const format = options.flags.get("format") ?? "text";
  const lang = (options.flags.get("lang") ?? "zh-CN") as Lang;
  if (!["zh-CN", "en-US"].includes(lang)) return usageError(io, CLI.lang(lang), said);
  if (format !== "text" && format !== "json") return usageError(io, CLI.format(format), lang);
  const choice = { template: options.flags.get("template"), pack: options.flags.get("pack") };
  const templates = templatesFor(choice);
  if (!Array.isArray(templates)) return usageError(io, templates, lang);
  const summary = options.flags.get("summary");
  if (summary !== undefined && !/\.xlsx$/i.test(summary)) return usageError(io, CLI.summaryNotXlsx(summary), lang);

  const { files, problems } = expandInputs(options.positional);
  if (problems.length > 0) return usageError(io, CLI.noXlsxIn(problems), lang);
  // Several files, a folder or a summary: the batch, one result per file.
  const single = files.length === 1 && options.positional.length === 1 && files[0] === options.positional[0] && summary === undefined;
  if (!single) return runBatch(files, { choice, lang, format, strict: switches.has("strict"), summary }, io);

  const outcome = await checkFile(files[0], choice, lang, switches.has("explain"));
  if (!outcome.ok) {
    io.err(`green-disclosure: ${pick(outcome.error, lang)}`);
    return 2;
  }
  const { report, explain } = outcome;
  if (format === "json")
    io.out(JSON.stringify(explain ? { ...report, tables: report.tables.map((t, i) => ({ ...t, explain: explain[i] })) } : report, null, 2));
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
    for (const t of templatesOfPack(pack.id)) io.out(`  ${t.id}\t${t.title.zh} / ${t.title.en}\t${t.source}${t.basedOn ? ` · ${t.basedOn.zh}` : ""}`);
  }
  return 0;
}

/** `template <id> --out <file.xlsx>`: a blank workbook of one built-in template. Never overwrites a file. */
export async function runTemplate(args: string[], io: CliIO): Promise<number> {
  const lang = langOf(args);
  const options = parseOptions(args, ["out", "lang"]);
  if (!("positional" in options)) return usageError(io, options, lang);
  const [id] = options.positional;
  const out = options.flags.get("out");
  if (!id || !out) return usageError(io, CLI.templateUsage(), lang);
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!template)
    return usageError(
      io,
      CLI.unknownTemplate(
        id,
        BUILT_IN_TEMPLATES.map((t) => t.id),
        false,
      ),
      lang,
    );
  if (fs.existsSync(out)) return usageError(io, CLI.exists(out), lang);
  const bytes = await (require("../workbook/xlsx-write") as typeof import("../workbook/xlsx-write")).writeXlsx([blankLayout(template, { formulas: true })]);
  try {
    fs.writeFileSync(out, bytes, { flag: "wx" });
  } catch (error) {
    return usageError(io, CLI.cannotWrite(out, (error as Error).message), lang);
  }
  io.out(pick(CLI.wroteBlank(out, template.title), lang));
  return 0;
}

function usageError(io: CliIO, message: Bilingual, lang: Lang): number {
  io.err(`green-disclosure: ${pick(message, lang)}`);
  return 2;
}

/** The language messages are in, read before anything else so that even a usage error follows --lang. */
function langOf(args: string[]): Lang {
  const i = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
  return value === "en-US" ? "en-US" : "zh-CN";
}
