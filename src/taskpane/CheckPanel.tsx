import { useMemo, useRef, useState } from "react";
import { Badge, Button, Checkbox, makeStyles, MessageBar, MessageBarBody, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import { validateInSlices, ValidationProgress, ValidationResult } from "../validation/engine";
import type { Finding } from "../validation/findings";
import { BUILT_IN_TEMPLATES } from "../validation/templates";
import type { ExcelWorkbook, SavedFill } from "../workbook/excel";
import { compactToSnapshot, CompactSheet } from "../workbook/compact";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { pick } from "../validation/report";
import { download, findingsCsv, findingsJson, reportLayout } from "./export";
import type { SheetLayout } from "../workbook/layout";

/** The report goes into a new sheet named as the layout says (校验报告 / Check report); Excel picks a free name. */
const addReportSheet = (excel: ExcelWorkbook, layout: SheetLayout) => excel.addSheet(layout.name, layout);
import { TableCoverage } from "./TableCoverage";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  group: { marginTop: tokens.spacingVerticalM },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    textAlign: "start",
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    marginTop: tokens.spacingVerticalXS,
  },
  list: { listStyle: "none", padding: 0, margin: 0 },
});

type Severity = Finding["severity"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Lets React paint (progress) before a long synchronous step. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

export function CheckPanel({ t, language, excel }: { t: UiStrings; language: Language; excel?: ExcelWorkbook }) {
  const styles = useStyles();
  const [source, setSource] = useState("");
  const [result, setResult] = useState<ValidationResult>();
  const [status, setStatus] = useState<"idle" | "reading" | "checking">("idle");
  const [progress, setProgress] = useState<ValidationProgress>();
  const [problem, setProblem] = useState<string>();
  const [shown, setShown] = useState<Set<Severity>>(new Set(SEVERITIES));
  const [saved, setSaved] = useState<SavedFill[]>();
  const [notice, setNotice] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function check(label: string, read: () => Promise<WorkbookSnapshot>) {
    setProblem(undefined);
    setNotice(undefined);
    setStatus("reading");
    try {
      const snapshot = await read();
      setStatus("checking");
      await nextFrame();
      // In slices, so Excel and the pane stay responsive on a large workbook.
      setResult(await validateInSlices(snapshot, BUILT_IN_TEMPLATES, setProgress));
      setSource(label);
    } catch (error) {
      setProblem(t.unreadable + (error as Error).message);
    } finally {
      setStatus("idle");
    }
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    // ExcelJS is loaded only here, in file mode.
    await check(file.name, async () => (await import("../workbook/xlsx")).readXlsx(await file.arrayBuffer()));
  }

  async function openSample(name: "anlong-2021" | "kunlun-2025q1", label: string) {
    await check(label, async () => {
      const data = name === "anlong-2021" ? await import("../../samples/data/anlong-2021.json") : await import("../../samples/data/kunlun-2025q1.json");
      return { sheets: (data.sheets as CompactSheet[]).map((s) => compactToSnapshot(s)) };
    });
  }

  const visible = useMemo(() => (result?.findings ?? []).filter((f) => shown.has(f.severity)), [result, shown]);
  const groups = useMemo(() => {
    const byTable = new Map<string, Finding[]>();
    for (const f of visible) byTable.set(f.template, [...(byTable.get(f.template) ?? []), f]);
    return [...byTable.entries()];
  }, [visible]);
  const count = (s: Severity) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  const titleOf = (id: string) =>
    pick(BUILT_IN_TEMPLATES.find((x) => x.id === id)?.title ?? (id === "" ? { zh: "工作簿", en: "Workbook" } : { zh: id, en: id }), language);

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
      {excel ? (
        <div className={styles.row}>
          <Button appearance="primary" disabled={status !== "idle"} onClick={() => check(t.checkActive, () => excel.read("active"))}>
            {t.checkActive}
          </Button>
          <Button disabled={status !== "idle"} onClick={() => check(t.checkWorkbook, () => excel.read("all"))}>
            {t.checkWorkbook}
          </Button>
        </div>
      ) : (
        <div
          className={`${styles.drop} ${dragging ? styles.dropActive : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void openFile(e.dataTransfer.files[0]);
          }}
        >
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => fileInput.current?.click()}>
              {t.openFile}
            </Button>
            <Text>{t.dropHere}</Text>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx"
              hidden
              data-testid="file-input"
              aria-label={t.openFile}
              onChange={(e) => void openFile(e.target.files?.[0])}
            />
          </div>
          <div className={styles.row}>
            <Text>{t.samples}</Text>
            <Button size="small" onClick={() => openSample("anlong-2021", t.sampleAnlong)}>
              {t.sampleAnlong}
            </Button>
            <Button size="small" onClick={() => openSample("kunlun-2025q1", t.sampleKunlun)}>
              {t.sampleKunlun}
            </Button>
          </div>
        </div>
      )}
      {status !== "idle" && (
        <ProgressBar
          aria-label={status === "reading" ? t.reading : t.checking}
          value={status === "checking" && progress ? progress.done / progress.total : undefined}
        />
      )}
      {status !== "idle" && <Text>{status === "reading" ? t.reading : t.checking}</Text>}
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
            {t.coverage(
              ...((["ran", "not-applicable", "not-run"] as const).map((state) =>
                result.tables.reduce((n, x) => n + x.checks.filter((c) => c.state === state).length, 0),
              ) as [number, number, number]),
            )}
          </Text>
          <details open={result.tables.length === 0 || result.tables.some((x) => x.checks.some((c) => c.state === "not-run"))}>
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
          {visible.length === 0 && (
            <Text>
              {result.findings.length === 0
                ? t.noFindingsChecked(result.tables.reduce((n, x) => n + x.checks.filter((c) => c.state === "ran").length, 0))
                : t.noFindings}
            </Text>
          )}
          {groups.map(([template, findings]) => (
            <div key={template} className={styles.group}>
              <Text as="h2" weight="semibold" size={400}>
                {titleOf(template)}
              </Text>
              <ul className={styles.list}>
                {SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s)).map((f, i) => (
                  <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
                    <button
                      type="button"
                      className={styles.finding}
                      data-testid="finding"
                      aria-label={`${t[f.severity]} ${f.sheet}!${f.cell}: ${pick(f.message, language)}`}
                      onClick={() => excel?.select({ sheet: f.sheet, address: f.cell })}
                    >
                      <span className={styles.row}>
                        <Badge appearance="filled" color={BADGE[f.severity]}>
                          {t[f.severity]}
                        </Badge>
                        <Text weight="semibold">
                          {excel ? `${t.goTo} ` : ""}
                          {f.sheet}!{f.cell}
                        </Text>
                        <Text size={200}>{f.rule}</Text>
                      </span>
                      {/* Cell text is rendered as text, never as HTML. */}
                      <Text>{pick(f.message, language)}</Text>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
