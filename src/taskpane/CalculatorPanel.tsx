import { useMemo, useState } from "react";
import { Button, Card, Combobox, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { roundHalfUp } from "../core/decimal";
import { isFormulaError } from "../core/errors";
import { formatCitation } from "../core/factors/types";
import { editionName, type Language, type UiStrings } from "../i18n/ui";
import type { ExcelWorkbook } from "../workbook/excel";
import { CALCULATORS, formulaFor } from "./calculators";
import { pick } from "../core/messages";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // Lines break after an argument's comma or the opening bracket, never inside a number or a name.
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "keep-all", overflowWrap: "anywhere" },
});

function initialValues(id: string): Record<string, string> {
  const calculator = CALCULATORS.find((c) => c.id === id)!;
  return Object.fromEntries(calculator.params.map((p) => [p.name, p.initial ?? ""]));
}

export function CalculatorPanel({ t, language, excel }: { t: UiStrings; language: Language; excel?: ExcelWorkbook }) {
  const styles = useStyles();
  const [id, setId] = useState(CALCULATORS[0].id);
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(CALCULATORS[0].id));
  const [notice, setNotice] = useState<string>();
  const calculator = CALCULATORS.find((c) => c.id === id)!;
  const result = useMemo(() => calculator.compute(values), [calculator, values]);
  const formula = formulaFor(calculator, values);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <section aria-label={t.tabCalculator} className={styles.form}>
      <Text>{t.calculatorIntro}</Text>
      <Field label={t.functionLabel}>
        <Dropdown
          value={`${pick(calculator.label, language)} (${calculator.id})`}
          selectedOptions={[id]}
          onOptionSelect={(_, data) => {
            const next = data.optionValue ?? CALCULATORS[0].id;
            setId(next);
            setValues(initialValues(next));
            setNotice(undefined);
          }}
        >
          {CALCULATORS.map((c) => (
            <Option key={c.id} value={c.id} text={`${pick(c.label, language)} (${c.id})`}>
              {`${pick(c.label, language)} (${c.id})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {calculator.params.map((p) => (
        <Field key={`${id}-${p.name}`} label={pick(p.label, language)} hint={pick(p.help, language)}>
          {p.options ? (
            <Combobox
              freeform
              value={values[p.name] ?? ""}
              selectedOptions={[values[p.name] ?? ""]}
              onOptionSelect={(_, data) => set(p.name, data.optionValue ?? "")}
              onChange={(e) => set(p.name, (e.target as HTMLInputElement).value)}
              data-testid={`param-${p.name}`}
            >
              {(p.optional ? ["", ...p.options] : p.options).map((o) => (
                <Option key={o || "default"} value={o} text={o || "—"}>
                  {o || "—"}
                </Option>
              ))}
            </Combobox>
          ) : (
            <Input value={values[p.name] ?? ""} inputMode="decimal" onChange={(_, data) => set(p.name, data.value)} data-testid={`param-${p.name}`} />
          )}
        </Field>
      ))}
      <Card className={styles.result} aria-live="polite">
        <Text weight="semibold">{t.result}</Text>
        {result === undefined ? (
          <Text>—</Text>
        ) : isFormulaError(result) ? (
          <Text role="alert">{result.toString()}</Text>
        ) : (
          <>
            <Text size={600} weight="semibold" data-testid="calculator-result">
              {result.value.abs().greaterThanOrEqualTo(1) || result.value.isZero()
                ? roundHalfUp(result.value, 2).toLocaleString("en-US", { minimumFractionDigits: 2 })
                : Number(result.value.toPrecision(6))}{" "}
              {result.unit}
            </Text>
            <Text size={200}>{result.value.toString()}</Text>
            {result.factors.map((f, i) => (
              <Text key={i} size={200}>
                {t.factorUsed}: {f.value} {f.unit} ({editionName(f.edition, language)}) — {formatCitation(f)}
              </Text>
            ))}
            {result.factors.some((f) => f.edition === "2012") && <Text size={200}>{t.outdated}</Text>}
          </>
        )}
        <Text size={200}>{t.formula}:</Text>
        <Text className={styles.formula} data-testid="calculator-formula">
          {formula.split(/(?<=[(,])/).map((part, i) => (
            <span key={i}>
              {part}
              <wbr />
            </span>
          ))}
        </Text>
        <div>
          {excel ? (
            <Button appearance="primary" onClick={async () => setNotice(t.insertedAt(await excel.insertFormula(formula)))}>
              {t.insertFormula}
            </Button>
          ) : (
            <Button
              onClick={async () => {
                await navigator.clipboard?.writeText(formula);
                setNotice(t.copied);
              }}
            >
              {t.copyFormula}
            </Button>
          )}
          {notice && <Text> {notice}</Text>}
        </div>
      </Card>
    </section>
  );
}
