import { useId, useMemo, useState } from "react";
import { Card, CardHeader, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { isFormulaError } from "../core/errors";
import { roundHalfUp } from "../core/decimal";
import { AVERAGE_EDITIONS } from "../core/factors/electricity";
import { formatCitation } from "../core/factors/types";
import { co2FromElectricity } from "../core/operational";
import { REGIONS } from "../core/regions";
import type { UiStrings } from "../i18n/ui";
import { parseNumericText } from "../core/numbers";

const NEWEST = "";

export function ElectricityCalculator({ t }: { t: UiStrings }) {
  const [kwh, setKwh] = useState("602,333");
  const [region, setRegion] = useState("全国");
  const [year, setYear] = useState(NEWEST);
  const resultId = useId();

  const result = useMemo(() => {
    const amount = parseNumericText(kwh);
    if (amount === undefined) return undefined;
    return co2FromElectricity({ kwh: amount, region, year: year || undefined });
  }, [kwh, region, year]);

  return (
    <Card>
      <CardHeader header={<Text weight="semibold">{t.calculatorTitle}</Text>} />
      <Field label={t.kwhLabel}>
        <Input value={kwh} onChange={(_, data) => setKwh(data.value)} inputMode="decimal" aria-describedby={resultId} />
      </Field>
      <Field label={t.regionLabel}>
        <Dropdown value={region} selectedOptions={[region]} onOptionSelect={(_, data) => setRegion(data.optionValue ?? "全国")}>
          {REGIONS.displayNames.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.yearLabel}>
        <Dropdown
          value={year || t.newest}
          selectedOptions={[year]}
          onOptionSelect={(_, data) => setYear(data.optionValue ?? NEWEST)}
        >
          <Option value={NEWEST}>{t.newest}</Option>
          {AVERAGE_EDITIONS.map((edition) => (
            <Option key={edition} value={edition}>
              {edition}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div id={resultId} aria-live="polite">
        {result === undefined ? null : isFormulaError(result) ? (
          <Text role="alert">{result.toString()}</Text>
        ) : (
          <>
            <Text size={600} weight="semibold" data-testid="electricity-result">
              {roundHalfUp(result.value, 2).toLocaleString("en-US", { minimumFractionDigits: 2 })} tCO2
            </Text>
            <Text as="p" size={200}>
              {t.factorLabel}: {result.factors.map((f) => `${f.value} ${f.unit} (${f.edition}) — ${formatCitation(f)}`).join("; ")}
            </Text>
            {result.factors.some((f) => f.edition === "2012") && <Text size={200}>{t.outdated}</Text>}
          </>
        )}
      </div>
    </Card>
  );
}
