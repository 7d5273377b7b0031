import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import type { LocatedTableSummary } from "../validation/engine";
import type { Bilingual } from "../validation/model";
import { pick } from "../core/messages";
import { joinList } from "../validation/report";

const useStyles = makeStyles({
  table: { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  notRun: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: `2px 0 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * What each table's result rests on: which checks ran, which did not apply and which could not run
 * (with the reason), and what was recognised — so an empty list of findings is never read as more than it is.
 */
export function TableCoverage({ t, language, tables }: { t: UiStrings; language: Language; tables: LocatedTableSummary[] }) {
  const styles = useStyles();
  const say = (b: Bilingual) => pick(b, language);
  if (tables.length === 0) return <Text>{t.noTables}</Text>;
  return (
    <div data-testid="coverage">
      {tables.map((table) => {
        const ran = table.checks.filter((c) => c.state === "ran");
        const na = table.checks.filter((c) => c.state === "not-applicable");
        const notRun = table.checks.filter((c) => c.state === "not-run");
        const missing = table.mapping.missing.filter((m) => m.required);
        return (
          <div key={`${table.sheet}!${table.range}!${table.period ?? ""}`} className={styles.table} data-testid="coverage-table">
            <Text weight="semibold">{say(table.title)}</Text>{" "}
            <Text size={200}>
              {table.sheet}!{table.range}
              {table.period ? ` · ${t.periodLabel} ${table.period}` : ""}
              {table.transposed ? ` · ${t.transposedLabel}` : ""}
            </Text>
            <div className={notRun.length ? styles.notRun : undefined}>
              <Text size={200}>
                {t.coverage(ran.length, na.length, notRun.length)}
                {notRun.length > 0 && t.notRunList(notRun.map((c) => [say(c.title), c.reason ? say(c.reason) : ""]))}
              </Text>
            </div>
            {missing.length > 0 && (
              <Text size={200} block>
                {t.missingRequired}:{" "}
                {joinList(
                  missing.map((m) => say(m.label)),
                  language,
                )}
              </Text>
            )}
            {table.mapping.unmappedColumns.length > 0 && (
              <Text size={200} block className={styles.notRun}>
                {t.unmappedColumns}:{" "}
                {joinList(
                  table.mapping.unmappedColumns.map((c) => `${c.address} ${c.header}`.trim()),
                  language,
                )}
              </Text>
            )}
            {table.mapping.unrecognisedRows.length > 0 && (
              <Text size={200} block>
                {t.unrecognisedRows}:{" "}
                {joinList(
                  table.mapping.unrecognisedRows.map((r) => `${r.address} ${r.text}`),
                  language,
                )}
              </Text>
            )}
            <details>
              <summary>
                <Text size={200}>
                  {t.mappedRows} {table.mapping.rows.length} · {t.mappedColumns} {table.mapping.columns.length}
                  {na.length > 0 ? ` · ${t.notApplicableTitle} ${na.length}` : ""}
                </Text>
              </summary>
              <ul className={styles.list}>
                {table.mapping.columns.map((c) => (
                  <li key={`c-${c.id}-${c.header}`}>
                    <Text size={200}>
                      {say(c.label)} ← {c.header} {c.headerText ? `“${c.headerText}”` : ""}
                    </Text>
                  </li>
                ))}
                {table.mapping.rows.map((r) => (
                  <li key={`r-${r.id}`}>
                    <Text size={200}>
                      {say(r.label)} ← {r.cells.join(", ")}
                    </Text>
                  </li>
                ))}
                {ran
                  .filter((c) => c.assumed)
                  .map((c, i) => (
                    <li key={`as-${c.rule}-${i}`}>
                      <Text size={200}>
                        {say(c.title)}: {say(c.assumed!)}
                      </Text>
                    </li>
                  ))}
                {na.map((c) => (
                  <li key={`na-${c.rule}-${say(c.reason ?? c.title)}`}>
                    <Text size={200}>
                      {say(c.title)}: {c.reason ? say(c.reason) : ""}
                    </Text>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        );
      })}
    </div>
  );
}
