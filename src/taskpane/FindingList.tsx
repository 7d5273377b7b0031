import { useMemo } from "react";
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import type { Finding } from "../validation/findings";
import { pick } from "../core/messages";
import { BUILT_IN_TEMPLATES } from "../validation/templates";
import type { ExcelWorkbook } from "../workbook/excel";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
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

export type Severity = Finding["severity"];
export const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** Findings grouped by table, worst first; in Excel a click selects the cell. */
export function FindingList({ t, language, findings, excel }: { t: UiStrings; language: Language; findings: Finding[]; excel?: ExcelWorkbook }) {
  const styles = useStyles();
  const groups = useMemo(() => {
    const byTable = new Map<string, Finding[]>();
    for (const f of findings) byTable.set(f.template, [...(byTable.get(f.template) ?? []), f]);
    return [...byTable.entries()];
  }, [findings]);
  const titleOf = (id: string) =>
    pick(BUILT_IN_TEMPLATES.find((x) => x.id === id)?.title ?? (id === "" ? { zh: "工作簿", en: "Workbook" } : { zh: id, en: id }), language);
  return (
    <>
      {groups.map(([template, list]) => (
        <div key={template} className={styles.group}>
          <Text as="h2" weight="semibold" size={400}>
            {titleOf(template)}
          </Text>
          <ul className={styles.list}>
            {SEVERITIES.flatMap((s) => list.filter((f) => f.severity === s)).map((f, i) => (
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
  );
}
