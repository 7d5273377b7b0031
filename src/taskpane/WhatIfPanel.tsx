import { useMemo, useState } from "react";
import {
  Card,
  Dropdown,
  Field,
  Input,
  Label,
  makeStyles,
  Option,
  Slider,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { dec } from "../core/decimal";
import { isFormulaError } from "../core/errors";
import { AVERAGE_EDITIONS, averageFactor, REPORTING_EDITIONS, reportingFactor } from "../core/factors/electricity";
import type { FactorRecord } from "../core/factors/types";
import { parseNumericText } from "../core/numbers";
import { REGIONS } from "../core/regions";
import { carbonFacilityFunds, carbonFacilitySaving, linkedLoanRate } from "../core/whatif";
import { editionName, UI_STRINGS, type UiStrings } from "../i18n/ui";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  heading: { display: "flex", flexDirection: "column", lineHeight: tokens.lineHeightBase200 },
});

const GRIDS = REGIONS.displayNames.filter((n) => REGIONS.get(n)?.kind === "grid");
const PROVINCES = REGIONS.displayNames.filter((n) => REGIONS.get(n)?.kind === "province");
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** A difference with its sign, the minus a true minus: +24.82, −16.99. */
const signed = (n: number) => (n > 0 ? "+" : n < 0 ? "−" : "") + fmt(Math.abs(n));
const pct = (n: number) => `${(n * 100).toFixed(2)}%`;

function SliderField({
  label,
  value,
  min,
  max,
  step,
  onChange,
  show,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  show: (v: number) => string;
}) {
  return (
    <Field label={`${label}: ${show(value)}`}>
      <Slider min={min} max={max} step={step} value={value} onChange={(_, data) => onChange(data.value)} aria-valuetext={show(value)} />
    </Field>
  );
}

/** A typed amount: the text stays as typed ("10,000"); the figure changes whenever the text reads as one, never negative. */
function NumberField({ label, initial, testId, onChange }: { label: string; initial: string; testId: string; onChange: (value: number) => void }) {
  const [text, setText] = useState(initial);
  return (
    <Field label={label}>
      <Input
        value={text}
        inputMode="decimal"
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          const n = parseNumericText(d.value);
          if (n !== undefined && n >= 0) onChange(n);
        }}
      />
    </Field>
  );
}

export function WhatIfPanel({ t }: { t: UiStrings }) {
  const styles = useStyles();
  const [kwh, setKwh] = useState("602,333");
  const [province, setProvince] = useState("贵州");
  const [grid, setGrid] = useState("南方");
  const [loans, setLoans] = useState(10000);
  const [fundingRate, setFundingRate] = useState(0.035);
  const [years, setYears] = useState(1);
  const [baseRate, setBaseRate] = useState(0.0435);
  const [actual, setActual] = useState(0.9);
  const [stepBp, setStepBp] = useState(5);
  const [maxBp, setMaxBp] = useState(30);

  const editions = useMemo(() => {
    const amount = parseNumericText(kwh);
    const records: FactorRecord[] = [
      averageFactor("2012", grid),
      ...AVERAGE_EDITIONS.filter((e) => e !== "2012").map((e) => averageFactor(e, province)),
      ...AVERAGE_EDITIONS.filter((e) => e !== "2012").map((e) => averageFactor(e, grid)),
      ...AVERAGE_EDITIONS.filter((e) => e !== "2012").map((e) => averageFactor(e, "全国")),
      ...REPORTING_EDITIONS.map((e) => reportingFactor(e)),
    ].filter((r): r is FactorRecord => r !== undefined);
    return records.map((r) => ({ record: r, tonnes: amount === undefined ? undefined : dec(amount).times(r.value).div(1000).toNumber() }));
  }, [kwh, province, grid]);
  const first = editions[0]?.tonnes;

  const funds = carbonFacilityFunds(loans);
  const saving = carbonFacilitySaving(loans, fundingRate, years);
  const rate = linkedLoanRate(baseRate, actual, 1, stepBp, maxBp);

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}>
      <Card className={styles.section}>
        <Text weight="semibold">{t.whatIfEditions}</Text>
        <div className={styles.row}>
          <Field label={t.kwh}>
            <Input value={kwh} onChange={(_, d) => setKwh(d.value)} inputMode="decimal" data-testid="whatif-kwh" />
          </Field>
          <Field label={t.province}>
            <Dropdown value={province} selectedOptions={[province]} onOptionSelect={(_, d) => setProvince(d.optionValue ?? province)}>
              {PROVINCES.map((p) => (
                <Option key={p}>{p}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.grid}>
            <Dropdown value={grid} selectedOptions={[grid]} onOptionSelect={(_, d) => setGrid(d.optionValue ?? grid)}>
              {GRIDS.map((g) => (
                <Option key={g}>{g}</Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <Table size="small" aria-label={t.whatIfEditions}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.edition}</TableHeaderCell>
              {/* A unit under its heading, so narrow columns never run two headings together. */}
              <TableHeaderCell>
                <span className={styles.heading}>
                  {t.factor.split(" ")[0]}
                  <Text size={100}>{t.factor.split(" ").slice(1).join(" ")}</Text>
                </span>
              </TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.heading}>
                  {t.tonnes.split(" ")[0]}
                  <Text size={100}>{t.tonnes.split(" ").slice(1).join(" ")}</Text>
                </span>
              </TableHeaderCell>
              <TableHeaderCell>
                <span className={styles.heading} data-testid="whatif-difference-header">
                  {t.difference}
                  <Text size={100}>{editions[0] ? t.differenceVs(`${editions[0].record.csv.region} ${editions[0].record.edition}`) : ""}</Text>
                </span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {editions.map(({ record, tonnes }) => (
              <TableRow key={`${record.csv.category}-${record.csv.region}-${record.edition}`}>
                <TableCell>
                  {record.csv.region} {editionName(record.edition, t === UI_STRINGS["zh-CN"] ? "zh-CN" : "en-US")}
                </TableCell>
                <TableCell>{record.value}</TableCell>
                <TableCell>{tonnes === undefined ? "—" : fmt(tonnes)}</TableCell>
                <TableCell>{tonnes === undefined || first === undefined ? "—" : signed(tonnes - first)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Card className={styles.section}>
        <Text weight="semibold">{t.facility}</Text>
        {/* Money and years are typed; sliders are for rates and shares. */}
        <NumberField label={t.eligibleLoans} initial="10,000" testId="whatif-loans" onChange={setLoans} />
        <SliderField label={t.fundingRate} value={fundingRate} min={0.0175} max={0.06} step={0.0005} onChange={setFundingRate} show={pct} />
        <NumberField label={t.years} initial="1" testId="whatif-years" onChange={setYears} />
        <Label>
          {t.funds}: {isFormulaError(funds) ? funds.message : fmt(funds.toNumber())}
        </Label>
        <Label>
          {t.saving}: {isFormulaError(saving) ? saving.message : fmt(saving.toNumber())}
        </Label>
      </Card>
      <Card className={styles.section}>
        <Text weight="semibold">{t.linked}</Text>
        <SliderField label={t.baseRate} value={baseRate} min={0.02} max={0.08} step={0.0005} onChange={setBaseRate} show={pct} />
        <SliderField
          label={`${t.actualKpi} (${t.target} = 1.00)`}
          value={actual}
          min={0.5}
          max={1.5}
          step={0.005}
          onChange={setActual}
          show={(v) => v.toFixed(3)}
        />
        <SliderField label={t.stepBp} value={stepBp} min={0} max={20} step={1} onChange={setStepBp} show={String} />
        <SliderField label={t.maxBp} value={maxBp} min={0} max={200} step={5} onChange={setMaxBp} show={String} />
        <Label>
          {t.newRate}: {isFormulaError(rate) ? rate.message : pct(rate.toNumber())}
        </Label>
      </Card>
    </div>
  );
}
