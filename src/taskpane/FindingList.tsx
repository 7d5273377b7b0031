import { useMemo, useState } from "react";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import type { Finding } from "../validation/findings";
import { Bilingual, pick } from "../core/messages";
import { MESSAGES } from "../validation/messages";
import { TITLES as STRUCTURAL_TITLES } from "../validation/checks/common";
import { BUILT_IN_TEMPLATES } from "../validation/templates";
import type { ExcelWorkbook } from "../workbook/excel";
import { download, findingsCsv } from "./export";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { marginTop: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "start",
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    marginTop: tokens.spacingVerticalXS,
  },
  clickable: { cursor: "pointer" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: { listStyle: "none", padding: 0, margin: 0 },
});

export type Severity = Finding["severity"];
export const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Cells listed on a grouped card before "show all"; then pages of this many, so 10⁵ findings never render at once. */
const FIRST_CELLS = 5;
const PAGE = 50;

const ENGINE_TITLES: Record<string, Bilingual> = {
  "row.required": MESSAGES.engine["row.required.title"],
  "column.required": MESSAGES.engine["row.required.title"],
  "cell.required-empty": MESSAGES.engine["row.required.title"],
  "coverage.no-table": { zh: "是否识别出披露表格", en: "disclosure tables recognised" },
  "coverage.check-not-run": { zh: "未能执行的检查", en: "checks that could not run" },
  "coverage.no-relation": { zh: "表格中可核对的关系", en: "relations found in a table" },
  // The checks that follow from a table's own structure.
  ...Object.fromEntries(Object.entries(STRUCTURAL_TITLES).map(([kind, title]) => [`structure.${kind}`, title])),
};

/** What a rule checks, in words: the template's title of it, or the engine's; the id stays in a tooltip. */
export function ruleTitle(rule: string, language: Language): string {
  const [templateId, ...rest] = rule.split(".");
  const id = rest.join(".").replace(/-(?:capped|repeated)$/, "");
  const own = BUILT_IN_TEMPLATES.find((t) => t.id === templateId)?.rules.find((r) => r.id === id)?.title;
  const title = own ?? ENGINE_TITLES[rule] ?? (rule.startsWith("cell.") ? MESSAGES.engine["cell.values.title"] : undefined);
  return title ? pick(title, language) : rule;
}

interface Group {
  key: string;
  rule: string;
  severity: Severity;
  findings: Finding[];
}

/** Findings by table, then by rule, severity and sheet, worst first: one card per rule however many cells it flags. */
function grouped(findings: Finding[]): [string, Group[]][] {
  const byTable = new Map<string, Map<string, Group>>();
  for (const f of findings) {
    let table = byTable.get(f.template);
    if (!table) byTable.set(f.template, (table = new Map()));
    // One table instance per sheet: the same rule failing in two printings of a table is two cards.
    const key = `${f.rule}|${f.severity}|${f.sheet}`;
    let group = table.get(key);
    if (!group) table.set(key, (group = { key, rule: f.rule, severity: f.severity, findings: [] }));
    group.findings.push(f);
  }
  const order = (g: Group) => SEVERITIES.indexOf(g.severity);
  return [...byTable].map(([template, groups]) => [template, [...groups.values()].sort((a, b) => order(a) - order(b))]);
}

/** In Excel a click selects the cell. */
export function FindingList({
  t,
  language,
  findings,
  excel,
  onSelect,
}: {
  t: UiStrings;
  language: Language;
  findings: Finding[];
  excel?: ExcelWorkbook;
  /** What a click on a finding's cell does outside Excel (a preview of the sheet). */
  onSelect?: (f: Finding) => void;
}) {
  const select = (f: Finding) => (excel ? void excel.select({ sheet: f.sheet, address: f.cell }) : onSelect?.(f));
  const styles = useStyles();
  const tables = useMemo(() => grouped(findings), [findings]);
  const titleOf = (id: string) =>
    pick(
      BUILT_IN_TEMPLATES.find((x) => x.id === id)?.title ??
        (id === "" ? { zh: "工作簿（按表格自身结构核对）", en: "Workbook (tables checked by their own structure)" } : { zh: id, en: id }),
      language,
    );
  return (
    <>
      {tables.map(([template, groups]) => (
        <div key={template} className={styles.group}>
          <Text as="h2" weight="semibold" size={400}>
            {titleOf(template)}
          </Text>
          <ul className={styles.list}>
            {groups.map((g) => (
              <li key={g.key}>
                {g.findings.length === 1 ? (
                  <SingleFinding t={t} language={language} f={g.findings[0]} excel={excel} select={select} />
                ) : (
                  <GroupCard t={t} language={language} group={g} select={select} />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function Head({ t, language, f, count, goTo }: { t: UiStrings; language: Language; f: Finding; count?: number; goTo?: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.row}>
      <Badge appearance="filled" color={BADGE[f.severity]}>
        {t[f.severity]}
      </Badge>
      <Text weight="semibold">{count === undefined ? `${goTo ? `${t.goTo} ` : ""}${f.sheet}!${f.cell}` : ruleTitle(f.rule, language)}</Text>
      {count !== undefined && <Text>{t.occurrences(count)}</Text>}
      <Text size={200} title={`${t.ruleId}: ${f.rule}`}>
        {count === undefined ? ruleTitle(f.rule, language) : f.rule}
      </Text>
    </span>
  );
}

function SingleFinding({
  t,
  language,
  f,
  excel,
  select,
}: {
  t: UiStrings;
  language: Language;
  f: Finding;
  excel?: ExcelWorkbook;
  select: (f: Finding) => void;
}) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={`${styles.card} ${styles.clickable}`}
      data-testid="finding"
      aria-label={`${t[f.severity]} ${f.sheet}!${f.cell}: ${pick(f.message, language)}`}
      onClick={() => select(f)}
    >
      <Head t={t} language={language} f={f} goTo={excel !== undefined} />
      {/* Cell text is rendered as text, never as HTML. */}
      <Text>{pick(f.message, language)}</Text>
    </button>
  );
}

/** Many cells failing one rule: the count, the first cells and the first message; all of them page by page, or as CSV. */
function GroupCard({ t, language, group, select }: { t: UiStrings; language: Language; group: Group; select: (f: Finding) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(FIRST_CELLS);
  const { findings } = group;
  const first = findings[0];
  const cell = (f: Finding, i: number) => (
    <Button
      key={`${f.sheet}!${f.cell}-${i}`}
      size="small"
      appearance="subtle"
      data-testid="finding-cell"
      title={pick(f.message, language)}
      onClick={() => select(f)}
    >
      {f.sheet}!{f.cell}
    </Button>
  );
  return (
    <div
      className={styles.card}
      data-testid="finding-group"
      role="group"
      aria-label={`${t[first.severity]} ${ruleTitle(first.rule, language)}: ${t.occurrences(findings.length)}`}
    >
      <Head t={t} language={language} f={first} count={findings.length} />
      <Text>{pick(first.message, language)}</Text>
      <span className={styles.cells}>{findings.slice(0, shown).map(cell)}</span>
      <span className={styles.row}>
        {shown < findings.length && (
          <Button size="small" onClick={() => setShown(shown === FIRST_CELLS ? Math.min(findings.length, PAGE) : shown + PAGE)}>
            {shown === FIRST_CELLS && findings.length <= PAGE ? t.showAll(findings.length) : t.showMore(Math.min(PAGE, findings.length - shown))}
          </Button>
        )}
        {shown > FIRST_CELLS && (
          <Button size="small" appearance="subtle" onClick={() => setShown(FIRST_CELLS)}>
            {t.showFewer}
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={() => download(`${first.rule}.csv`, findingsCsv(findings, language), "text/csv;charset=utf-8")}>
          {t.exportGroup}
        </Button>
      </span>
    </div>
  );
}
