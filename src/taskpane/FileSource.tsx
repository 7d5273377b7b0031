import { useRef, useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { UiStrings } from "../i18n/ui";
import type { SampleName } from "./useCheck";

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
});

/** File mode: open or drop an .xlsx (read in the page, never uploaded), or load a bundled sample. */
export function FileSource({
  t,
  onFile,
  onSample,
}: {
  t: UiStrings;
  onFile: (file: File | undefined) => void;
  onSample: (name: SampleName, label: string) => void;
}) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
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
        onFile(e.dataTransfer.files[0]);
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
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            // Picking the same file again (after fixing it in Excel) must start a new check.
            e.target.value = "";
          }}
        />
      </div>
      <div className={styles.row}>
        <Text>{t.samples}</Text>
        <Button size="small" onClick={() => onSample("anlong-2021", t.sampleAnlong)}>
          {t.sampleAnlong}
        </Button>
        <Button size="small" onClick={() => onSample("kunlun-2025q1", t.sampleKunlun)}>
          {t.sampleKunlun}
        </Button>
      </div>
    </div>
  );
}
