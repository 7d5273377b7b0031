import { useEffect, useRef } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../i18n/ui";
import type { SheetPreview } from "../workbook/preview";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, fontFamily: tokens.fontFamilyMonospace },
  head: { color: tokens.colorNeutralForeground3, padding: "0 4px", textAlign: "center", fontWeight: tokens.fontWeightRegular },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "9em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  focus: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteRedBackground1 },
  row: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** A light grid of the sheet around a finding's cell, the browser's stand-in for selecting it in Excel; flagged cells marked. */
export function SheetPreviewView({ t, preview, flagged, onClose }: { t: UiStrings; preview: SheetPreview; flagged: Set<string>; onClose: () => void }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  // A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [preview]);
  return (
    <div ref={box} className={styles.box} data-testid="sheet-preview" role="region" aria-label={t.previewOf(preview.sheet, preview.focus)}>
      <div className={styles.row}>
        <Text weight="semibold">{t.previewOf(preview.sheet, preview.focus)}</Text>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t.close}
        </Button>
      </div>
      <div className={styles.scroller}>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th className={styles.head} />
              {preview.columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.number}>
                <th className={styles.head} scope="row">
                  {row.number}
                </th>
                {row.cells.map((cell) => {
                  const focus = cell.address === preview.focus;
                  const mark = focus ? styles.focus : flagged.has(cell.address) ? styles.flagged : "";
                  return (
                    <td
                      key={cell.address}
                      className={`${styles.cell} ${mark}`}
                      title={`${cell.address} ${cell.text}`}
                      data-testid={focus ? "preview-focus" : flagged.has(cell.address) ? "preview-flagged" : undefined}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
