import type { ValidationResult } from "../validation/engine";
import type { Finding } from "../validation/findings";
import { pick } from "../core/messages";
import { cellLink, neutralize, validationReport } from "../validation/report";
import type { LayoutCell, SheetLayout } from "../workbook/layout";
import type { Language } from "../i18n/ui";

export { neutralize };

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutralize(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER: Record<Language, string[]> = {
  "zh-CN": ["规则", "级别", "工作表", "单元格", "说明", "计算值", "报告值", "单位"],
  "en-US": ["rule", "severity", "sheet", "cell", "message", "expected", "actual", "unit"],
};
const SEVERITY: Record<Language, Record<Finding["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};

/** The findings as CSV in the pane's language: headers and severities too, so a Chinese sheet reads Chinese. */
export function findingsCsv(findings: Finding[], lang: Language): string {
  const rows = findings.map((f) => [f.rule, SEVERITY[lang][f.severity], f.sheet, f.cell, pick(f.message, lang), f.expected, f.actual, f.unit ?? null]);
  // A byte-order mark so Excel opens the Chinese text as UTF-8.
  return "\uFEFF" + [HEADER[lang], ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The same JSON as `green-disclosure validate --format json`: tables with their coverage, findings, summary. */
export function findingsJson(file: string, result: ValidationResult, lang: Language): string {
  return JSON.stringify(validationReport(file, result, lang), null, 2);
}

/** A report sheet: one row per finding, with a link to its cell. */
export function reportLayout(findings: Finding[], lang: Language): SheetLayout {
  const zh = lang === "zh-CN";
  const header: LayoutCell[] = (
    zh ? ["级别", "位置", "规则", "说明", "计算值", "报告值", "单位"] : ["Severity", "Cell", "Rule", "Message", "Computed", "Reported", "Unit"]
  ).map((value) => ({ value, bold: true }));
  const rows: LayoutCell[][] = [header];
  for (const f of findings) {
    rows.push([SEVERITY[lang][f.severity], cellLink(f.sheet, f.cell), f.rule, neutralize(pick(f.message, lang)), f.expected, f.actual, f.unit ?? null]);
  }
  return { name: zh ? "校验报告" : "Check report", rows, merges: [], columnWidths: [8, 22, 36, 90, 14, 14, 10] };
}

/** Saves text as a file through the browser: a local download, nothing is sent anywhere. */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
