import { useEffect, useMemo, useState } from "react";
import { Button, Checkbox, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import type { ValidationResult } from "../validation/engine";
import type { ExcelWorkbook, SavedFill } from "../workbook/excel";
import type { SheetLayout } from "../workbook/layout";
import { download, findingsCsv, findingsJson, reportLayout } from "./export";
import { FileSource } from "./FileSource";
import { FindingList, Severity, SEVERITIES } from "./FindingList";
import { TableCoverage } from "./TableCoverage";
import { useCheck } from "./useCheck";
import { SheetPreviewView } from "./SheetPreview";
import type { SheetPreview } from "../workbook/preview";
import { PACKS } from "../validation/templates";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The report goes into a new sheet named as the layout says (校验报告 / Check report); Excel picks a free name. */
const addReportSheet = (excel: ExcelWorkbook, layout: SheetLayout) => excel.addSheet(layout.name, layout);

/** Checks of every table, by state, added up over the tables found. */
const checksIn = (result: ValidationResult, state: "ran" | "not-applicable" | "not-run") =>
  result.tables.reduce((n, x) => n + x.checks.filter((c) => c.state === state).length, 0);

/** Check: read the sheet, the workbook or a file; what each table checked; the findings, filtered; exports. */
export function CheckPanel({ t, language, excel }: { t: UiStrings; language: Language; excel?: ExcelWorkbook }) {
  const styles = useStyles();
  const [pack, setPack] = useState("");
  const { source, result, status, progress, problem, check, openFile, openSample, cancel, cancellable, preview } = useCheck(t, language, pack);
  const [shownPreview, setShownPreview] = useState<SheetPreview>();
  // Outside Excel a finding opens a preview of its sheet, the cells of that sheet's findings marked.
  const flagged = useMemo(() => new Set((result?.findings ?? []).filter((f) => f.sheet === shownPreview?.sheet).map((f) => f.cell)), [result, shownPreview]);
  useEffect(() => {
    setShownPreview(undefined);
  }, [result]);
  const stageText = status === "reading" ? t.reading : status === "locating" ? t.locating : t.checking;
  const packName = (id: string) => {
    const found = PACKS.find((p) => p.id === id);
    return found ? (language === "zh-CN" ? found.name.zh : found.name.en) : t.packAll;
  };
  const [shown, setShown] = useState<Set<Severity>>(new Set(SEVERITIES));
  const [saved, setSaved] = useState<SavedFill[]>();
  const [notice, setNotice] = useState<string>();

  const visible = useMemo(() => (result?.findings ?? []).filter((f) => shown.has(f.severity)), [result, shown]);
  const count = (s: Severity) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  const start = (run: () => Promise<void>) => {
    setNotice(undefined);
    void run();
  };

  async function toggleHighlight() {
    if (!excel || !result) return;
    if (saved) {
      await excel.restore(saved);
      setSaved(undefined);
    } else {
      const cells = [
        ...new Map(result.findings.filter((f) => f.severity !== "info").map((f) => [`${f.sheet}!${f.cell}`, { sheet: f.sheet, address: f.cell }])).values(),
      ];
      setSaved(await excel.highlight(cells));
    }
  }

  return (
    <section aria-label={t.tabCheck} style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }}>
      <Field label={t.packLabel}>
        <Dropdown value={packName(pack)} selectedOptions={[pack]} onOptionSelect={(_, data) => setPack(data.optionValue ?? "")}>
          <Option value="">{t.packAll}</Option>
          {PACKS.map((p) => (
            <Option key={p.id} value={p.id}>
              {packName(p.id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {excel ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={status !== "idle"}
            onClick={() => start(() => check(t.checkActive, (onProgress) => excel.read("active", onProgress)))}
          >
            {t.checkActive}
          </Button>
          <Button disabled={status !== "idle"} onClick={() => start(() => check(t.checkWorkbook, (onProgress) => excel.read("all", onProgress)))}>
            {t.checkWorkbook}
          </Button>
        </div>
      ) : (
        <FileSource t={t} onFile={(file) => start(() => openFile(file))} onSample={(name, label) => start(() => openSample(name, label))} />
      )}
      {status !== "idle" && (
        <ProgressBar
          aria-label={stageText}
          data-testid="check-progress"
          data-progress={progress ? (progress.done / progress.total).toFixed(3) : ""}
          value={progress ? progress.done / progress.total : undefined}
        />
      )}
      {status !== "idle" && (
        <div className={styles.row}>
          <Text data-testid="check-stage">{stageText}</Text>
          {cancellable && (
            <Button size="small" onClick={cancel}>
              {t.cancel}
            </Button>
          )}
        </div>
      )}
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Text weight="semibold">
            {source} · {t.summary(count("error"), count("warning"), count("info"))}
          </Text>
          <Text size={200} data-testid="coverage-summary">
            {t.coverage(checksIn(result, "ran"), checksIn(result, "not-applicable"), checksIn(result, "not-run"))}
          </Text>
          <details open={result.tables.length === 0 || checksIn(result, "not-run") > 0}>
            <summary>
              {t.tablesFound} ({result.tables.length})
            </summary>
            <TableCoverage t={t} language={language} tables={result.tables} />
          </details>
          <div className={styles.row} role="group" aria-label={t.filter}>
            <Text>{t.filter}</Text>
            {SEVERITIES.map((s) => (
              <Checkbox
                key={s}
                label={`${t[s]} (${count(s)})`}
                checked={shown.has(s)}
                onChange={(_, data) => {
                  const next = new Set(shown);
                  if (data.checked) next.add(s);
                  else next.delete(s);
                  setShown(next);
                }}
              />
            ))}
          </div>
          <div className={styles.row}>
            {excel && (
              <>
                <Button onClick={toggleHighlight} disabled={result.findings.length === 0}>
                  {saved ? t.unhighlight : t.highlight}
                </Button>
                <Button
                  disabled={result.findings.length === 0}
                  onClick={async () => setNotice(t.reportWritten(await addReportSheet(excel, reportLayout(result.findings, language))))}
                >
                  {t.writeReport}
                </Button>
              </>
            )}
            <Button onClick={() => download("findings.csv", findingsCsv(result.findings, language), "text/csv;charset=utf-8")}>{t.exportCsv}</Button>
            <Button onClick={() => download("findings.json", findingsJson(source, result, language), "application/json")}>{t.exportJson}</Button>
          </div>
          {visible.length === 0 && <Text>{result.findings.length === 0 ? t.noFindingsChecked(checksIn(result, "ran")) : t.noFindings}</Text>}
          {shownPreview && <SheetPreviewView t={t} preview={shownPreview} flagged={flagged} onClose={() => setShownPreview(undefined)} />}
          <FindingList t={t} language={language} findings={visible} excel={excel} onSelect={async (f) => setShownPreview(await preview(f.sheet, f.cell))} />
        </>
      )}
    </section>
  );
}
