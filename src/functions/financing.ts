import { isFormulaError, outOfRange } from "../core/errors";
import {
  attributionFactor,
  attributionFactorFast,
  carbonIntensity,
  carbonIntensityFast,
  coverageRatio,
  financedAmountFast,
  financedEmissions,
  financedReduction,
  pcafScore,
  pcafWeightedScore,
} from "../core/financing";
import { bilingual } from "../core/messages";
import { Arg, toMatrix } from "./broadcast";
import { coerce, isEmpty, ParamSpec } from "./coerce";
import { defineFunction, FunctionDefinition, num, text } from "./define";

/** Financed emissions and reductions (投融资活动的环境影响), coverage, intensity and PCAF data quality. */

const cap = (v: unknown) => (v === undefined ? true : (v as boolean));

const ATTRIBUTION_PARAMS = [
  { name: "exposure", kind: "number" },
  { name: "denominator", kind: "number" },
  { name: "cap", kind: "boolean", optional: true },
] as const satisfies readonly ParamSpec[];

export const ATTRIBUTION_FACTOR = defineFunction(
  "ATTRIBUTION_FACTOR",
  ATTRIBUTION_PARAMS,
  ([exposure, denominator, c]) => attributionFactor(num(exposure), num(denominator), cap(c)),
  ([exposure, denominator, c]) => attributionFactorFast(num(exposure), num(denominator), cap(c)),
);

export const FINANCED_EMISSIONS = defineFunction(
  "FINANCED_EMISSIONS",
  [{ name: "emissions", kind: "number", unit: "tCO2e" }, ...ATTRIBUTION_PARAMS],
  ([emissions, exposure, denominator, c]) => financedEmissions(num(emissions), num(exposure), num(denominator), cap(c)),
  ([emissions, exposure, denominator, c]) => financedAmountFast(num(emissions), num(exposure), num(denominator), cap(c)),
);

export const FINANCED_REDUCTION = defineFunction(
  "FINANCED_REDUCTION",
  [{ name: "reduction", kind: "number", unit: "tCO2e" }, ...ATTRIBUTION_PARAMS],
  ([reduction, exposure, denominator, c]) => financedReduction(num(reduction), num(exposure), num(denominator), cap(c)),
  ([reduction, exposure, denominator, c]) => financedAmountFast(num(reduction), num(exposure), num(denominator), cap(c)),
);

export const COVERAGE_RATIO = defineFunction(
  "COVERAGE_RATIO",
  [
    { name: "accounted", kind: "number" },
    { name: "total", kind: "number" },
  ],
  ([accounted, total]) => coverageRatio(num(accounted), num(total)),
);

export const CARBON_INTENSITY = defineFunction(
  "CARBON_INTENSITY",
  [
    { name: "emissions", kind: "number", unit: "tCO2e" },
    { name: "exposure", kind: "number" },
  ],
  ([emissions, exposure]) => carbonIntensity(num(emissions), num(exposure)),
  ([emissions, exposure]) => carbonIntensityFast(num(emissions), num(exposure)),
);

export const PCAF_SCORE = defineFunction("PCAF_SCORE", [{ name: "option", kind: "text" }], ([option]) => pcafScore(text(option)));

const SCORE_SPEC: ParamSpec = { name: "scores", kind: "numberOrText" };
const EXPOSURE_SPEC: ParamSpec = { name: "exposures", kind: "number" };

/**
 * PCAF_WEIGHTED_SCORE aggregates two equal ranges into one value, like SUMPRODUCT: rows where both
 * cells are empty are skipped (a ledger range with blank rows at the end), any other bad row makes
 * the result an error that names the row.
 */
export const PCAF_WEIGHTED_SCORE: FunctionDefinition = {
  id: "PCAF_WEIGHTED_SCORE",
  params: [SCORE_SPEC, EXPOSURE_SPEC],
  run: (...args: Arg[]) => {
    const scores = toMatrix(args[0]).flat();
    const exposures = toMatrix(args[1]).flat();
    if (scores.length !== exposures.length) {
      return [
        [
          outOfRange(
            bilingual("scores 与 exposures 的单元格数须相同", "scores and exposures must have the same number of cells") +
              ` (${scores.length} ≠ ${exposures.length})`,
          ),
        ],
      ];
    }
    const rows: { score: number | string; exposure: number }[] = [];
    for (let i = 0; i < scores.length; i++) {
      if (isEmpty(scores[i]) && isEmpty(exposures[i])) continue;
      const score = coerce(scores[i], { ...SCORE_SPEC, name: `scores row ${i + 1}` });
      if (isFormulaError(score)) return [[score]];
      const exposure = coerce(exposures[i], { ...EXPOSURE_SPEC, name: `exposures row ${i + 1}` });
      if (isFormulaError(exposure)) return [[exposure]];
      rows.push({ score: score as number | string, exposure: exposure as number });
    }
    const result = pcafWeightedScore(rows);
    return [[isFormulaError(result) ? result : result.toNumber()]];
  },
};

export const FINANCING_FUNCTIONS = [
  ATTRIBUTION_FACTOR,
  FINANCED_EMISSIONS,
  FINANCED_REDUCTION,
  COVERAGE_RATIO,
  CARBON_INTENSITY,
  PCAF_SCORE,
  PCAF_WEIGHTED_SCORE,
];
