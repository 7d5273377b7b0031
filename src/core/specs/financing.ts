import {
  ASSET_CLASSES,
  attributionFactor,
  carbonIntensity,
  coverageRatio,
  financedEmissions,
  financedReduction,
  PCAF_OPTION_NAMES,
  pcafScore,
  pcafWeightedScore,
} from "../financing";
import { FunctionSpec, ParamSpec, num, optText, Scalar, text } from "./types";

/** Financed emissions and reductions (投融资活动的环境影响), coverage, intensity and PCAF data quality. */

const cap = (v: Scalar) => (v === undefined ? true : (v as boolean));

const CAP: ParamSpec = {
  name: "cap",
  kind: "boolean",
  optional: true,
  label: { zh: "不超过 1", en: "Cap at 1" },
  inCalculator: false,
  help: {
    zh: "TRUE（默认）时归因系数不超过 1；FALSE 时不封顶。",
    en: "TRUE (default) caps attribution at 1; FALSE leaves it uncapped.",
  },
};

export const FINANCING_SPECS: FunctionSpec[] = [
  {
    id: "ATTRIBUTION_FACTOR",
    title: { zh: "归因系数", en: "Attribution factor" },
    description: {
      zh: "归因系数 = 融资额 ÷ 分母，默认不超过 1。人民银行碳核算指南：项目融资为月均融资余额 ÷ 项目总投资，非项目融资为 ÷ 主营业务收入；PCAF：÷ EVIC、股本加债务或抵押物价值。",
      en: "Attribution factor = exposure ÷ denominator, capped at 1. PBoC guide: monthly-average financing ÷ total project investment (project) or ÷ operating revenue (non-project). PCAF: ÷ EVIC, total equity + debt, or property value at origination.",
    },
    unit: "",
    params: [
      {
        name: "exposure",
        kind: "number",
        label: { zh: "融资额", en: "Financing" },
        example: "500",
        help: {
          zh: "本行融资额：月均融资余额（人民银行指南）或未偿余额（PCAF），任意货币单位。",
          en: "The bank's financing: monthly-average balance (PBoC) or outstanding amount (PCAF), any money unit.",
        },
      },
      {
        name: "denominator",
        kind: "number",
        label: { zh: "分母", en: "Denominator" },
        example: "2,000",
        help: {
          zh: "项目总投资、主营业务收入、EVIC、股本加债务或物业价值，与 exposure 同一货币单位。",
          en: "Total project investment, operating revenue, EVIC, equity + debt or property value, same money unit as exposure.",
        },
      },
      {
        name: "cap",
        kind: "boolean",
        optional: true,
        label: { zh: "不超过 1", en: "Cap at 1" },
        inCalculator: false,
        help: {
          zh: "TRUE（默认）时归因系数不超过 1；FALSE 时不封顶。",
          en: "TRUE (default) caps the factor at 1; FALSE leaves it uncapped.",
        },
      },
    ],
    evaluate: ([exposure, denominator, c]) => attributionFactor(num(exposure), num(denominator), cap(c)),
  },
  {
    id: "FINANCED_EMISSIONS",
    title: { zh: "投融资碳排放", en: "Financed emissions" },
    description: {
      zh: "投融资碳排放量，tCO2e = 企业或项目排放量 × min(1, 融资额 ÷ 分母)。每笔贷款一行，一个公式即可算完整本台账。",
      en: "Financed emissions, tCO2e = borrower's or project's emissions × min(1, exposure ÷ denominator). One row per loan: a whole ledger in one formula.",
    },
    unit: "tCO2e",
    featured: true,
    params: [
      {
        name: "emissions",
        kind: "number",
        unit: "tCO2e",
        label: { zh: "主体或项目排放 tCO2e", en: "Borrower emissions, tCO2e" },
        example: "10,000",
        help: {
          zh: "融资主体或项目的年排放量，tCO2e。",
          en: "Emissions of the borrower or project, tCO2e per year.",
        },
      },
      {
        name: "exposure",
        kind: "number",
        label: { zh: "月均融资额", en: "Financing" },
        example: "500",
        help: {
          zh: "本行融资额（人民银行指南为月均融资余额，PCAF 为未偿余额），任意货币单位。",
          en: "The bank's financing (monthly-average balance, PBoC; outstanding amount, PCAF), any money unit.",
        },
      },
      {
        name: "denominator",
        kind: "number",
        label: { zh: "项目总投资或主营业务收入", en: "Total investment or revenue" },
        example: "2,000",
        help: {
          zh: "人民银行指南：项目总投资（项目融资）或主营业务收入（非项目融资）；PCAF：EVIC、股本加债务、物业价值。与 exposure 同一单位。",
          en: "PBoC: total project investment (project) or operating revenue (non-project). PCAF: EVIC, equity + debt, property value. Same unit as exposure.",
        },
      },
      CAP,
    ],
    evaluate: ([emissions, exposure, denominator, c]) => financedEmissions(num(emissions), num(exposure), num(denominator), cap(c)),
  },
  {
    id: "FINANCED_REDUCTION",
    title: { zh: "投融资碳减排", en: "Financed reduction" },
    description: {
      zh: "投融资碳减排量，tCO2e = 项目减排量 × min(1, 融资额 ÷ 分母)。",
      en: "Financed emission reduction, tCO2e = project's reduction × min(1, exposure ÷ denominator).",
    },
    unit: "tCO2e",
    params: [
      {
        name: "reduction",
        kind: "number",
        unit: "tCO2e",
        label: { zh: "项目减排量 tCO2e", en: "Project reduction, tCO2e" },
        example: "800",
        help: {
          zh: "项目年减排量，tCO2e。",
          en: "Emission reduction of the project, tCO2e per year.",
        },
      },
      {
        name: "exposure",
        kind: "number",
        label: { zh: "融资额", en: "Financing" },
        example: "250",
        help: {
          zh: "本行融资额，任意货币单位。",
          en: "The bank's financing, any money unit.",
        },
      },
      {
        name: "denominator",
        kind: "number",
        label: { zh: "项目总投资", en: "Total investment" },
        example: "1,000",
        help: {
          zh: "项目总投资（人民银行指南）或股本加债务（PCAF），与 exposure 同一单位。",
          en: "Total project investment (PBoC guide) or total equity + debt (PCAF), same unit as exposure.",
        },
      },
      CAP,
    ],
    evaluate: ([reduction, exposure, denominator, c]) => financedReduction(num(reduction), num(exposure), num(denominator), cap(c)),
  },
  {
    id: "COVERAGE_RATIO",
    title: { zh: "覆盖度", en: "Coverage ratio" },
    description: {
      zh: "覆盖度 = 纳入核算的融资 ÷ 同口径融资总额。人民银行碳核算指南按笔数计算（纳入核算笔数 ÷ 总笔数）；按余额计算是另一个数，披露时须注明口径。",
      en: "Coverage ratio (覆盖度) = financing in the accounting ÷ all financing of the same scope. The PBoC guide counts loans (笔数: loans accounted ÷ all loans); by balance is a different figure: say which one is printed.",
    },
    unit: "",
    params: [
      {
        name: "accounted",
        kind: "number",
        label: { zh: "纳入核算的融资", en: "Financing accounted" },
        example: "29,800",
        help: {
          zh: "纳入碳核算的贷款笔数（人民银行指南口径）或余额。",
          en: "Loans included in the carbon accounting: their number (the PBoC guide's measure) or their balance.",
        },
      },
      {
        name: "total",
        kind: "number",
        label: { zh: "同口径融资总额", en: "All financing" },
        example: "35,000",
        help: {
          zh: "同口径全部贷款，与 accounted 同一单位。",
          en: "All loans of the same scope, same unit as accounted.",
        },
      },
    ],
    evaluate: ([accounted, total]) => coverageRatio(num(accounted), num(total)),
  },
  {
    id: "CARBON_INTENSITY",
    title: { zh: "碳排放强度", en: "Carbon intensity" },
    description: {
      zh: "碳排放强度 = 归因排放量 ÷ 融资余额：融资以万元计时为 tCO2e/万元。",
      en: "Carbon intensity = financed emissions ÷ financing: tCO2e per 万元 when exposure is in 万元 (per 元 when in 元).",
    },
    unit: "tCO2e/万元",
    params: [
      {
        name: "emissions",
        kind: "number",
        unit: "tCO2e",
        label: { zh: "归因排放量 tCO2e", en: "Financed emissions, tCO2e" },
        example: "74,566.67",
        help: {
          zh: "归因排放量，tCO2e。",
          en: "Financed emissions, tCO2e.",
        },
      },
      {
        name: "exposure",
        kind: "number",
        label: { zh: "融资余额（万元）", en: "Financing (万元)" },
        example: "29,800",
        help: {
          zh: "融资余额，单位即强度的分母单位（如 万元）。",
          en: "Financing balance, in the money unit the intensity is quoted per (e.g. 万元).",
        },
      },
    ],
    evaluate: ([emissions, exposure]) => carbonIntensity(num(emissions), num(exposure)),
  },
  {
    id: "PCAF_SCORE",
    title: { zh: "PCAF 数据质量评分", en: "PCAF data-quality score" },
    description: {
      zh: "PCAF 数据质量评分，1（最好）至 5，适用于上市股权、企业贷款与项目融资。",
      en: "PCAF data-quality score, 1 (best) to 5, for listed equity, business loans and project finance.",
    },
    unit: "",
    params: [
      {
        name: "option",
        kind: "text",
        label: { zh: "数据选项", en: "Data option" },
        example: "2b",
        accepted: PCAF_OPTION_NAMES,
        help: {
          zh: "数据选项。企业贷款、上市股权、项目融资：1a（经核查的报告排放）→1；1b、2a→2；2b→3；3a→4；3b、3c→5。商业地产与住房抵押贷款：1a→1，1b→2，2a→3，2b→4，3→5。机动车贷款：1a、1b→1，2a→2，2b→3，3a→4，3b→5。",
          en: "Data option. Business loans, listed equity, project finance: 1a (verified reported) → 1; 1b, 2a → 2; 2b → 3; 3a → 4; 3b, 3c → 5. Commercial real estate and mortgages: 1a → 1, 1b → 2, 2a → 3, 2b → 4, 3 → 5. Motor-vehicle loans: 1a, 1b → 1; 2a → 2; 2b → 3; 3a → 4; 3b → 5.",
        },
      },
      {
        name: "asset_class",
        kind: "text",
        optional: true,
        label: { zh: "资产类别", en: "Asset class" },
        accepted: ASSET_CLASSES.displayNames,
        help: {
          zh: "PCAF 资产类别：企业贷款和非上市股权（默认）、上市股权和公司债券、项目融资、商业地产、住房抵押贷款、机动车贷款。",
          en: "PCAF asset class: business loans and unlisted equity (default), listed equity and corporate bonds, project finance, commercial real estate, mortgages, motor-vehicle loans.",
        },
      },
    ],
    evaluate: ([option, assetClass]) => pcafScore(text(option), optText(assetClass)),
  },
  {
    id: "PCAF_WEIGHTED_SCORE",
    title: { zh: "PCAF 加权评分", en: "PCAF weighted score" },
    calculator: false,
    description: {
      zh: "按余额加权的 PCAF 数据质量评分 = Σ(余额 × 评分) ÷ Σ余额。",
      en: "Weighted PCAF data-quality score = Σ(exposure × score) ÷ Σ exposure, as PCAF asks banks to publish.",
    },
    unit: "",
    params: [
      {
        name: "scores",
        kind: "numberOrText",
        label: { zh: "评分或选项", en: "Scores or options" },
        inCalculator: false,
        help: {
          zh: "每笔贷款的评分 1 至 5（或 2b 等选项）。",
          en: "Scores 1 to 5 (or options such as 2b), one per loan.",
        },
      },
      {
        name: "exposures",
        kind: "number",
        label: { zh: "融资余额", en: "Exposures" },
        inCalculator: false,
        help: {
          zh: "每笔贷款的未偿余额，任意货币单位，与 scores 大小相同。",
          en: "Outstanding amounts, one per loan, any money unit; same size as scores.",
        },
      },
    ],
    evaluate: (values) => pcafWeightedScore([{ score: values[0] as number | string, exposure: num(values[1]) }]),
    rows: (rows) => pcafWeightedScore(rows.map(([score, exposure]) => ({ score: score as number | string, exposure: num(exposure) }))),
  },
];
