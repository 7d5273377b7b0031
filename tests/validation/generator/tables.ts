/**
 * Consistent sample tables for the built-in templates (values from the published seeds where they
 * exist, exactly consistent so that any unit or number rendering keeps them consistent), and the
 * defects planted in them: one per rule kind, each with the finding it must give.
 *
 * Values are decimal strings in the template's unit; "/" and "——" are not-applicable markers.
 */
export type Value = string;

export interface RowData {
  id: string;
  /** The label as the canonical layout prints it, and an English label. */
  zh: string;
  en: string;
  /** Printed unit of the row ("亿元", "%", "吨", …); amounts in 亿元/万元/元 may be rescaled. */
  unit?: string;
  /** Values by column id; for several periods, by period then column. */
  values: Record<string, Value>;
  opening?: Record<string, Value>;
  /** Section rows start with their code letter: no numbering is put in front of them. */
  code?: boolean;
}

export interface ColumnData {
  id: string;
  zh: string;
  en: string;
  /** Its values are percentages (printed 3.09 for 3.09 %). */
  percent?: boolean;
}

/** Columns repeated under group headers (本季度 / 本年度累计 / 以来累计): merged above them, or in front of each name. */
export interface ColumnGroup {
  zh: string;
  columns: string[];
}

export interface TableData {
  template: string;
  title: string;
  /** Header of the label column. */
  labelHeader: string;
  columns: ColumnData[];
  rows: RowData[];
  /** The data has an opening period (rows' `opening`): tables render as one or two periods. */
  periods?: boolean;
  groups?: ColumnGroup[];
}

export interface Defect {
  id: string;
  /** Changes to values: table template, row, column, new value, and for period tables which period. */
  set: { template: string; row: string; col: string; value: Value; period?: "opening" }[];
  /** The findings it must give (rule id, severity, where). */
  expect: { rule: string; severity: "error" | "warning" | "info"; template: string; row: string; col: string; period?: "opening" }[];
  /** Only in layouts that show two periods. */
  needsPeriods?: boolean;
}

export interface Scenario {
  id: string;
  /** The report's cover line, naming its region or document (what a local pack is recognised by). */
  cover?: string;
  tables: TableData[];
  defects: Defect[];
}

const v = (value: Value) => ({ value });

const GREEN_LOANS: TableData = {
  template: "green-loan-indicators",
  title: "绿色金融关键指标",
  labelHeader: "指标",
  columns: [{ id: "value", zh: "数值", en: "Value" }],
  periods: true,
  rows: [
    { id: "totalLoans", zh: "各项贷款余额", en: "Total loans", unit: "亿元", values: { value: "46.4919" }, opening: { value: "44.0000" } },
    { id: "totalGreen", zh: "绿色贷款余额", en: "Green loans", unit: "亿元", values: { value: "0.5549" }, opening: { value: "0.4500" } },
    { id: "totalShare", zh: "绿色贷款占比", en: "Green loan share", unit: "%", values: { value: "1.19" }, opening: { value: "1.02" } },
    { id: "totalIncrease", zh: "较年初增加额", en: "Increase since the start of the year", unit: "亿元", values: { value: "0.1049" }, opening: { value: "/" } },
    { id: "totalGrowth", zh: "较年初增幅", en: "Growth since the start of the year", unit: "%", values: { value: "23.31" }, opening: { value: "/" } },
    { id: "totalCustomers", zh: "绿色客户数量", en: "Green customers", unit: "户", values: { value: "138" }, opening: { value: "100" } },
    { id: "corporateLoans", zh: "对公贷款余额", en: "Corporate loans", unit: "亿元", values: { value: "3.9204" }, opening: { value: "3.5000" } },
    { id: "corporateGreen", zh: "对公绿色贷款余额", en: "Corporate green loans", unit: "亿元", values: { value: "0.4530" }, opening: { value: "0.4000" } },
    { id: "corporateShare", zh: "对公绿色贷款占比", en: "Corporate green loan share", unit: "%", values: { value: "11.55" }, opening: { value: "11.43" } },
    {
      id: "corporateIncrease",
      zh: "较年初增加额",
      en: "Increase since the start of the year",
      unit: "亿元",
      values: { value: "0.0530" },
      opening: { value: "/" },
    },
    { id: "corporateGrowth", zh: "较年初增幅", en: "Growth since the start of the year", unit: "%", values: { value: "13.25" }, opening: { value: "/" } },
    { id: "corporateCustomers", zh: "对公绿色客户数量", en: "Corporate green customers", unit: "户", values: { value: "1" }, opening: { value: "1" } },
    { id: "retailLoans", zh: "零售贷款余额", en: "Retail loans", unit: "亿元", values: { value: "42.5715" }, opening: { value: "40.5000" } },
    { id: "retailGreen", zh: "零售绿色贷款余额", en: "Retail green loans", unit: "亿元", values: { value: "0.1019" }, opening: { value: "0.0500" } },
    { id: "retailShare", zh: "零售绿色贷款占比", en: "Retail green loan share", unit: "%", values: { value: "0.24" }, opening: { value: "0.12" } },
    {
      id: "retailIncrease",
      zh: "较年初增加额",
      en: "Increase since the start of the year",
      unit: "亿元",
      values: { value: "0.0519" },
      opening: { value: "/" },
    },
    { id: "retailGrowth", zh: "较年初增幅", en: "Growth since the start of the year", unit: "%", values: { value: "103.80" }, opening: { value: "/" } },
    { id: "retailCustomers", zh: "零售绿色客户数量", en: "Retail green customers", unit: "户", values: { value: "137" }, opening: { value: "99" } },
  ],
};

const FINANCING_IMPACT: TableData = {
  template: "financing-impact",
  title: "投融资对环境产生的影响（人民银行统计口径）",
  labelHeader: "指标",
  columns: [{ id: "value", zh: "数值", en: "Value" }],
  periods: true,
  rows: [
    { id: "greenLoans", zh: "绿色信贷余额", en: "Green loans", unit: "万元", values: { value: "873901.12" }, opening: { value: "800000.00" } },
    { id: "totalLoans", zh: "各项贷款余额", en: "Total loans", unit: "万元", values: { value: "23627999.99" }, opening: { value: "22000000.00" } },
    { id: "greenShare", zh: "绿色信贷占比", en: "Green loan share", unit: "%", values: { value: "3.70" }, opening: { value: "3.64" } },
    { id: "coal", zh: "折合减排标准煤", en: "Standard coal saved", unit: "吨", values: { value: "2000.00" }, opening: { value: "1800.00" } },
    { id: "co2", zh: "折合减排二氧化碳当量", en: "CO2e reduced", unit: "吨", values: { value: "4000.00" }, opening: { value: "3600.00" } },
    { id: "cod", zh: "折合减排化学需氧量", en: "COD reduced", unit: "吨", values: { value: "10.00" }, opening: { value: "9.00" } },
    { id: "ammoniaNitrogen", zh: "折合减排氨氮", en: "Ammonia nitrogen reduced", unit: "吨", values: { value: "1.00" }, opening: { value: "0.90" } },
    { id: "so2", zh: "折合减排二氧化硫", en: "SO2 reduced", unit: "吨", values: { value: "100.00" }, opening: { value: "90.00" } },
    { id: "nox", zh: "折合减排氮氧化物", en: "NOx reduced", unit: "吨", values: { value: "40.00" }, opening: { value: "36.00" } },
    { id: "waterSaved", zh: "折合节水", en: "Water saved", unit: "吨", values: { value: "500.00" }, opening: { value: "450.00" } },
    { id: "greenBonds", zh: "持有绿色债券余额", en: "Green bonds held", unit: "万元", values: { value: "10000.00" }, opening: { value: "9000.00" } },
    {
      id: "bondCo2",
      zh: "绿色债券折合减排二氧化碳当量",
      en: "CO2e reduced by green bonds",
      unit: "吨",
      values: { value: "50.00" },
      opening: { value: "45.00" },
    },
  ],
};

const BENEFITS: TableData = {
  template: "green-loan-benefits",
  title: "绿色信贷环境效益",
  labelHeader: "环境效益",
  columns: [{ id: "value", zh: "披露数据", en: "Reported" }],
  rows: [
    { id: "coal", zh: "节约标准煤", en: "Standard coal saved", unit: "吨", values: v("2813.64") },
    { id: "co2", zh: "二氧化碳减排量", en: "CO2 reduced", unit: "吨", values: v("4663.59") },
    { id: "so2", zh: "二氧化硫减排量", en: "SO2 reduced", unit: "吨", values: v("80.36") },
    { id: "nox", zh: "氮氧化物减排量", en: "NOx reduced", unit: "吨", values: v("13.00") },
    { id: "cod", zh: "化学需氧量", en: "COD reduced", unit: "吨", values: v("1.00") },
    { id: "ammoniaNitrogen", zh: "氨氮", en: "Ammonia nitrogen reduced", unit: "吨", values: v("0.10") },
    { id: "waterSaved", zh: "节水", en: "Water saved", unit: "吨", values: v("100.00") },
  ],
};

const BY_INDUSTRY: TableData = {
  template: "financed-by-industry",
  title: "投融资活动碳排放量",
  labelHeader: "行业类别",
  columns: [
    { id: "emissions", zh: "碳排放量（吨）", en: "Emissions (t)" },
    { id: "share", zh: "占比", en: "Share" },
  ],
  rows: [
    { id: "A", zh: "A农、林、牧、渔业", en: "A Agriculture", code: true, values: { emissions: "1077.31", share: "0.39" } },
    { id: "C", zh: "C制造业", en: "C Manufacturing", code: true, values: { emissions: "60882.83", share: "21.90" } },
    { id: "D", zh: "D电力、热力、燃气及水生产和供应业", en: "D Utilities", code: true, values: { emissions: "215810.21", share: "77.65" } },
    { id: "K", zh: "K房地产业", en: "K Real estate", code: true, values: { emissions: "44.24", share: "0.02" } },
    { id: "P", zh: "P教育", en: "P Education", code: true, values: { emissions: "42.43", share: "0.02" } },
    { id: "Q", zh: "Q卫生和社会工作", en: "Q Health", code: true, values: { emissions: "70.28", share: "0.03" } },
    { id: "S", zh: "S公共管理、社会保障和社会组织", en: "S Public administration", code: true, values: { emissions: "16.64", share: "0.01" } },
    { id: "total", zh: "总计", en: "Total", values: { emissions: "277943.94", share: "100.00" } },
  ],
};

const SUMMARY: TableData = {
  template: "financed-summary",
  title: "报告期投融资活动产生的碳排放量汇总表",
  labelHeader: "类别",
  columns: [
    { id: "emissions", zh: "二氧化碳当量（吨）", en: "CO2e (t)" },
    { id: "coverage", zh: "所报告部分占比（%）", en: "Coverage (%)" },
  ],
  rows: [
    { id: "project", zh: "项目融资业务碳排放量", en: "Project finance", values: { emissions: "277943.94", coverage: "100" } },
    { id: "nonProject", zh: "非项目融资业务碳排放量", en: "Non-project finance", values: { emissions: "——", coverage: "——" } },
  ],
};

const GHG: TableData = {
  template: "ghg-scopes",
  title: "温室气体排放情况",
  labelHeader: "温室气体排放范围",
  columns: [
    { id: "total", zh: "排放量（吨二氧化碳当量）", en: "Emissions (tCO2e)" },
    { id: "perCapita", zh: "人均排放量（吨二氧化碳当量/人）", en: "Per capita (tCO2e per person)" },
  ],
  rows: [
    { id: "scope1", zh: "范围1：直接温室气体排放量", en: "Scope 1", values: { total: "134.27", perCapita: "0.56" } },
    { id: "scope1Gas", zh: "天然气产生的温室气体排放量", en: "Natural gas", values: { total: "83.86", perCapita: "——" } },
    { id: "scope1Gasoline", zh: "汽油产生的温室气体排放量", en: "Gasoline", values: { total: "33.26", perCapita: "——" } },
    { id: "scope1Diesel", zh: "柴油产生的温室气体排放量", en: "Diesel", values: { total: "12.77", perCapita: "——" } },
    { id: "scope1Lpg", zh: "液化石油气产生的温室气体排放量", en: "LPG", values: { total: "4.38", perCapita: "——" } },
    { id: "scope2", zh: "范围2：间接温室气体排放量", en: "Scope 2", values: { total: "317.49", perCapita: "1.32" } },
    { id: "scope2Electricity", zh: "电力产生的温室气体排放量", en: "Electricity", values: { total: "317.49", perCapita: "——" } },
    { id: "scope12", zh: "温室气体排放总量（范围1+2）", en: "Scopes 1+2", values: { total: "451.76", perCapita: "1.88" } },
    { id: "scope3", zh: "范围3：其他间接温室气体排放量", en: "Scope 3", values: { total: "277943.94", perCapita: "——" } },
    { id: "scope3Loans", zh: "贷款产生的温室气体排放量", en: "Financed (loans)", values: { total: "277943.94", perCapita: "——" } },
    { id: "scope123", zh: "温室气体排放总量（范围1+2+3）", en: "Scopes 1+2+3", values: { total: "278395.70", perCapita: "——" } },
  ],
};

const RESOURCES: TableData = {
  template: "resource-consumption",
  title: "资源能耗统计",
  labelHeader: "能源类型",
  columns: [{ id: "value", zh: "数量", en: "Quantity" }],
  rows: [
    { id: "naturalGas", zh: "天然气", en: "Natural gas", unit: "立方米", values: v("38645") },
    { id: "lpg", zh: "液化石油气", en: "LPG", unit: "千克", values: v("1484.5") },
    { id: "gasoline", zh: "汽油", en: "Gasoline", unit: "升", values: v("15291") },
    { id: "diesel", zh: "柴油", en: "Diesel", unit: "升", values: v("4697.98") },
    { id: "electricity", zh: "外购电力", en: "Electricity purchased", unit: "千瓦时", values: v("602333") },
  ],
};

const OPERATING: TableData = {
  template: "operating-impact",
  title: "经营活动环境影响量化测算表",
  labelHeader: "披露细项",
  columns: [
    { id: "total", zh: "总量", en: "Total" },
    { id: "perCapita", zh: "人均", en: "Per capita" },
  ],
  rows: [
    { id: "vehicleFuel", zh: "自有交通运输工具所消耗的燃油", en: "Fuel used by own vehicles", unit: "升", values: { total: "12616.00", perCapita: "4.00" } },
    { id: "water", zh: "营业、办公活动所消耗的水", en: "Water used in business and office", unit: "吨", values: { total: "9173.65", perCapita: "2.91" } },
    {
      id: "electricity",
      zh: "营业、办公所消耗的电力",
      en: "Electricity used in business and office",
      unit: "千瓦时",
      values: { total: "2227236.5", perCapita: "706.16" },
    },
    { id: "paper", zh: "营业、办公所使用的纸张", en: "Paper used in business and office", unit: "吨", values: { total: "3.726", perCapita: "0.00" } },
    {
      id: "outreach",
      zh: "环保培训或公益活动",
      en: "Environmental training or public-welfare activities",
      unit: "人次",
      values: { total: "20", perCapita: "0.01" },
    },
  ],
};

/** 碳减排支持工具 quarterly table: three areas, three running periods; rates are amount-weighted (3.09 = 346,160 ÷ 112,000). */
const FACILITY_PERIODS = [
  { id: "quarter", zh: "本季度新发放碳减排贷款" },
  { id: "year", zh: "本年度累计发放碳减排贷款" },
  { id: "since", zh: "获得碳减排支持工具支持以来累计发放碳减排贷款" },
];
const FACILITY_METRICS = [
  { id: "Count", zh: "支持的项目数量（个）", en: "Projects" },
  { id: "Amount", zh: "贷款金额（万元）", en: "Loan amount (10k yuan)" },
  { id: "Rate", zh: "加权平均利率（%）", en: "Weighted average rate (%)", percent: true },
  { id: "Reduction", zh: "带动的年度碳减排量（吨二氧化碳当量）", en: "Annual reduction (tCO2e)" },
];
const facilityValues = (...periods: [string, string, string, string][]) =>
  Object.fromEntries(FACILITY_PERIODS.flatMap((p, i) => FACILITY_METRICS.map((m, j) => [`${p.id}${m.id}`, periods[i][j]])));

const FACILITY: TableData = {
  template: "facility-disclosure",
  title: "碳减排支持工具支持的碳减排贷款信息披露表",
  labelHeader: "碳减排领域",
  columns: FACILITY_PERIODS.flatMap((p) => FACILITY_METRICS.map((m) => ({ id: `${p.id}${m.id}`, zh: m.zh, en: m.en, percent: m.percent }))),
  groups: FACILITY_PERIODS.map((p) => ({ zh: p.zh, columns: FACILITY_METRICS.map((m) => `${p.id}${m.id}`) })),
  rows: [
    {
      id: "cleanEnergy",
      zh: "清洁能源",
      en: "Clean energy",
      values: facilityValues(["12", "85600.00", "3.05", "241392.00"], ["30", "212400.00", "3.10", "598968.00"], ["95", "684000.00", "3.35", "1928880.00"]),
    },
    {
      id: "energySaving",
      zh: "节能环保",
      en: "Energy saving and environmental protection",
      values: facilityValues(["5", "23400.00", "3.20", "49140.00"], ["11", "51200.00", "3.25", "107520.00"], ["40", "198000.00", "3.50", "415800.00"]),
    },
    {
      id: "carbonTech",
      zh: "碳减排技术",
      en: "Carbon reduction technology",
      values: facilityValues(["1", "3000.00", "3.40", "4230.00"], ["2", "6000.00", "3.40", "8460.00"], ["6", "18000.00", "3.60", "25380.00"]),
    },
    {
      id: "total",
      zh: "合计",
      en: "Total",
      values: facilityValues(["18", "112000.00", "3.09", "294762.00"], ["43", "269600.00", "3.14", "714948.00"], ["141", "900000.00", "3.39", "2370060.00"]),
    },
  ],
};

/** 湖州 quarterly brief, 表2 and 表3, with Anji Rural Commercial Bank's 2021 Q3 figures (paper: 总量 in 吨, 人均 in 千克). */
const ANJI_OPERATING: TableData = {
  template: "operating-impact",
  title: "金融机构经营活动对环境产生的影响",
  labelHeader: "披露细项",
  columns: [
    { id: "total", zh: "总量", en: "Total" },
    { id: "perCapita", zh: "人均", en: "Per capita" },
  ],
  rows: [
    { id: "vehicleFuel", zh: "机构自有交通运输工具所消耗的燃油", en: "Fuel used by own vehicles", unit: "升", values: { total: "3471", perCapita: "4.99" } },
    { id: "water", zh: "营业、办公活动所消耗的水", en: "Water used in business and office", unit: "吨", values: { total: "6920", perCapita: "9.94" } },
    {
      id: "electricity",
      zh: "营业、办公所消耗的电力",
      en: "Electricity used in business and office",
      unit: "千瓦时",
      values: { total: "1828930.2", perCapita: "2627.77" },
    },
    {
      id: "paper",
      zh: "营业、办公所使用的纸张",
      en: "Paper used in business and office",
      unit: "吨",
      values: { total: "0.594", perCapita: "text:0.85(千克)" },
    },
    {
      id: "outreach",
      zh: "为提升员工及社会公众的环保意识所举办的培训活动或公益活动",
      en: "Environmental training or public-welfare activities",
      unit: "人次",
      values: { total: "1905", perCapita: "–" },
    },
  ],
};

const ANJI_FINANCING: TableData = {
  template: "financing-impact",
  title: "金融机构投融资对环境产生的影响",
  labelHeader: "披露细项",
  columns: [{ id: "value", zh: "披露数据", en: "Reported" }],
  rows: [
    { id: "greenLoans", zh: "绿色信贷余额", en: "Green loans", unit: "万元", values: v("587591") },
    { id: "totalLoans", zh: "各项贷款余额", en: "Total loans", unit: "万元", values: v("2679011") },
    { id: "greenShare", zh: "绿色信贷占比", en: "Green loan share", unit: "%", values: v("21.93") },
    // A local-standard caliber beside the PBoC one (as Deqing reports them): another row, never added to it.
    { id: "greenLoansLocal", zh: "地标绿色贷款余额", en: "Green loans (local standard)", unit: "万元", values: v("1366800") },
    { id: "coal", zh: "折合减排标准煤", en: "Standard coal saved", unit: "吨", values: v("62024.68") },
    { id: "co2", zh: "折合减排二氧化碳当量", en: "CO2e reduced", unit: "吨", values: v("59574.75") },
    { id: "cod", zh: "折合减排化学需氧量", en: "COD reduced", unit: "吨", values: v("0") },
    { id: "ammoniaNitrogen", zh: "折合减排氨氮", en: "Ammonia nitrogen reduced", unit: "吨", values: v("0") },
    { id: "so2", zh: "折合减排二氧化硫", en: "SO2 reduced", unit: "吨", values: v("0.02") },
    { id: "nox", zh: "折合减排氮氧化物", en: "NOx reduced", unit: "吨", values: v("3.26") },
    { id: "waterSaved", zh: "折合节水", en: "Water saved", unit: "吨", values: v("0") },
    { id: "greenBonds", zh: "持有绿色债券余额", en: "Green bonds held", unit: "万元", values: v("30000") },
    { id: "bondCo2", zh: "持有绿色债券折合减排二氧化碳当量", en: "CO2e reduced by green bonds", unit: "吨", values: v("8657.1") },
  ],
};

/** 贵州 环境关键绩效表 in the units Guizhou banks print: 度 for electricity, 张 for paper. Illustrative figures. */
const GUIZHOU_KPI: TableData = {
  template: "guizhou-environment-kpi",
  title: "环境关键绩效表",
  labelHeader: "环境指标",
  columns: [{ id: "value", zh: "2021年度", en: "2021" }],
  rows: [
    { id: "greenLoans", zh: "绿色信贷余额", en: "Green loans", unit: "亿元", values: v("3.21") },
    { id: "greenCustomers", zh: "绿色信贷客户", en: "Green borrowers", unit: "户", values: v("215") },
    { id: "water", zh: "总行营业办公用水量", en: "Office water", unit: "吨", values: v("1860") },
    { id: "fuel", zh: "总行营业办公用油量", en: "Office fuel", unit: "升", values: v("5230") },
    { id: "paper", zh: "总行营业办公用纸量", en: "Office paper", unit: "张", values: v("86000") },
    { id: "electricity", zh: "总行营业办公用电量", en: "Office electricity", unit: "度", values: v("215600") },
  ],
};

/** 江苏 第七章: financed emissions by asset type and for high-carbon industries, tied to the by-industry table. */
const JIANGSU_BY_ASSET: TableData = {
  template: "jiangsu-financed-by-asset",
  title: "投融资活动碳排放（按资产类型）",
  labelHeader: "资产类型",
  columns: [{ id: "emissions", zh: "碳排放量（吨二氧化碳当量）", en: "Emissions (tCO2e)" }],
  rows: [
    { id: "loans", zh: "贷款资产", en: "Loans", values: { emissions: "250000.00" } },
    { id: "bonds", zh: "债券资产", en: "Bonds", values: { emissions: "27943.94" } },
    { id: "total", zh: "投融资总计", en: "Total", values: { emissions: "277943.94" } },
  ],
};

const JIANGSU_HIGH_CARBON: TableData = {
  template: "jiangsu-high-carbon",
  title: "高碳行业投融资碳排放情况",
  labelHeader: "高碳行业",
  columns: [{ id: "emissions", zh: "碳排放量（吨二氧化碳当量）", en: "Emissions (tCO2e)" }],
  rows: [
    { id: "power", zh: "电力、热力生产和供应业", en: "Power and heat", code: true, values: { emissions: "215810.21" } },
    { id: "chemicals", zh: "化学原料和化学制品制造业", en: "Chemicals", code: true, values: { emissions: "30000.00" } },
    { id: "minerals", zh: "非金属矿物制品业", en: "Non-metallic minerals", code: true, values: { emissions: "20000.00" } },
    { id: "total", zh: "高碳行业合计", en: "Total", values: { emissions: "265810.21" } },
  ],
};

/** Green loans by the 2025 catalogue's first-level areas (亿元) with shares. */
const BY_AREA: TableData = {
  template: "green-loans-by-area",
  title: "绿色贷款按领域分布情况",
  labelHeader: "领域",
  columns: [
    { id: "balance", zh: "贷款余额（亿元）", en: "Balance" },
    { id: "share", zh: "占比", en: "Share" },
  ],
  rows: [
    { id: "a1", zh: "节能降碳产业", en: "energy saving and carbon reduction", code: true, values: { balance: "12.50", share: "27.00" } },
    { id: "a2", zh: "环境保护产业", en: "environmental protection", code: true, values: { balance: "3.20", share: "6.91" } },
    { id: "a3", zh: "资源循环利用产业", en: "resource recycling", code: true, values: { balance: "1.10", share: "2.38" } },
    { id: "a4", zh: "能源绿色低碳转型", en: "green low-carbon energy transition", code: true, values: { balance: "20.40", share: "44.06" } },
    { id: "a5", zh: "生态保护修复和利用", en: "ecological protection, restoration and use", code: true, values: { balance: "0.80", share: "1.73" } },
    { id: "a6", zh: "基础设施绿色升级", en: "green upgrade of infrastructure", code: true, values: { balance: "8.00", share: "17.28" } },
    { id: "a7", zh: "绿色服务", en: "green services", code: true, values: { balance: "0.30", share: "0.65" } },
    { id: "total", zh: "合计", en: "Total", values: { balance: "46.30", share: "100.00" } },
  ],
};

const one = (template: string, row: string, col: string, severity: "error" | "warning" | "info", rule: string, period?: "opening") => ({
  template,
  row,
  col,
  severity,
  rule,
  period,
});

export const SCENARIOS: Scenario[] = [
  {
    id: "green-loans",
    tables: [GREEN_LOANS],
    defects: [
      {
        id: "share",
        set: [{ template: GREEN_LOANS.template, row: "corporateShare", col: "value", value: "11.04" }],
        expect: [one(GREEN_LOANS.template, "corporateShare", "value", "error", "green-loan-indicators.corporate-green-share")],
      },
      {
        id: "growth",
        set: [{ template: GREEN_LOANS.template, row: "totalGrowth", col: "value", value: "33.31" }],
        expect: [one(GREEN_LOANS.template, "totalGrowth", "value", "error", "green-loan-indicators.green-growth")],
      },
      {
        id: "segments",
        set: [{ template: GREEN_LOANS.template, row: "totalLoans", col: "value", value: "56.4919" }],
        expect: [one(GREEN_LOANS.template, "totalLoans", "value", "error", "green-loan-indicators.loans-total")],
      },
      {
        id: "text",
        set: [{ template: GREEN_LOANS.template, row: "retailGreen", col: "value", value: "text:约0.10" }],
        expect: [one(GREEN_LOANS.template, "retailGreen", "value", "error", "cell.text-in-number")],
      },
      {
        id: "negative",
        set: [{ template: GREEN_LOANS.template, row: "retailCustomers", col: "value", value: "-137" }],
        expect: [
          one(GREEN_LOANS.template, "retailCustomers", "value", "error", "cell.negative"),
          one(GREEN_LOANS.template, "totalCustomers", "value", "warning", "green-loan-indicators.customers-total"),
        ],
      },
      {
        id: "opening-increase",
        needsPeriods: true,
        set: [{ template: GREEN_LOANS.template, row: "corporateIncrease", col: "value", value: "0.1530" }],
        expect: [one(GREEN_LOANS.template, "corporateIncrease", "value", "error", "green-loan-indicators.corporate-growth-increase")],
      },
      {
        id: "opening-share",
        needsPeriods: true,
        set: [{ template: GREEN_LOANS.template, row: "retailShare", col: "value", value: "0.52", period: "opening" }],
        expect: [one(GREEN_LOANS.template, "retailShare", "value", "error", "green-loan-indicators.retail-green-share", "opening")],
      },
    ],
  },
  {
    id: "financing-impact",
    tables: [FINANCING_IMPACT],
    defects: [
      {
        id: "share",
        set: [{ template: FINANCING_IMPACT.template, row: "greenShare", col: "value", value: "4.70" }],
        expect: [one(FINANCING_IMPACT.template, "greenShare", "value", "error", "financing-impact.green-share")],
      },
      {
        id: "so2",
        set: [{ template: FINANCING_IMPACT.template, row: "so2", col: "value", value: "1000.00" }],
        expect: [one(FINANCING_IMPACT.template, "so2", "value", "warning", "financing-impact.so2-per-coal")],
      },
      {
        id: "excel-error",
        set: [{ template: FINANCING_IMPACT.template, row: "cod", col: "value", value: "text:#DIV/0!" }],
        expect: [one(FINANCING_IMPACT.template, "cod", "value", "error", "cell.excel-error")],
      },
    ],
  },
  {
    id: "benefits",
    tables: [BENEFITS],
    defects: [
      {
        id: "nox",
        set: [{ template: BENEFITS.template, row: "nox", col: "value", value: "130.00" }],
        expect: [one(BENEFITS.template, "nox", "value", "warning", "green-loan-benefits.nox-per-coal")],
      },
    ],
  },
  {
    id: "financed",
    tables: [BY_INDUSTRY, SUMMARY],
    defects: [
      {
        id: "total",
        set: [{ template: BY_INDUSTRY.template, row: "total", col: "emissions", value: "287943.94" }],
        expect: [one(BY_INDUSTRY.template, "total", "emissions", "error", "financed-by-industry.industry-total")],
      },
      {
        id: "share",
        set: [{ template: BY_INDUSTRY.template, row: "D", col: "share", value: "70.65" }],
        expect: [one(BY_INDUSTRY.template, "D", "share", "error", "financed-by-industry.industry-shares")],
      },
      {
        id: "code",
        set: [{ template: BY_INDUSTRY.template, row: "S", col: "label", value: "label:Z其他行业" }],
        expect: [one(BY_INDUSTRY.template, "S", "label", "error", "financed-by-industry.section-codes")],
      },
      {
        id: "summary",
        set: [{ template: SUMMARY.template, row: "project", col: "emissions", value: "287943.94" }],
        expect: [one(BY_INDUSTRY.template, "total", "emissions", "error", "financed-summary.summary-equals-industry")],
      },
    ],
  },
  {
    id: "operations",
    tables: [GHG, RESOURCES],
    defects: [
      {
        id: "scope1",
        set: [{ template: GHG.template, row: "scope1", col: "total", value: "144.27" }],
        expect: [one(GHG.template, "scope1", "total", "error", "ghg-scopes.scope1-items")],
      },
      {
        id: "part-exceeds",
        set: [{ template: GHG.template, row: "scope1Gas", col: "total", value: "93.86" }],
        expect: [one(GHG.template, "scope1", "total", "error", "ghg-scopes.scope1-items")],
      },
      {
        id: "per-capita",
        set: [{ template: GHG.template, row: "scope2", col: "perCapita", value: "1.52" }],
        expect: [one(GHG.template, "scope2", "perCapita", "error", "ghg-scopes.per-capita")],
      },
      {
        id: "text",
        set: [{ template: RESOURCES.template, row: "diesel", col: "value", value: "text:约4,698" }],
        expect: [one(RESOURCES.template, "diesel", "value", "error", "cell.text-in-number")],
      },
    ],
  },
  {
    id: "operating-impact",
    tables: [OPERATING],
    defects: [
      {
        id: "per-capita",
        set: [{ template: OPERATING.template, row: "paper", col: "perCapita", value: "7.00" }],
        expect: [one(OPERATING.template, "paper", "perCapita", "error", "operating-impact.per-capita")],
      },
    ],
  },
  {
    id: "facility",
    tables: [FACILITY],
    defects: [
      {
        id: "running-count",
        set: [
          { template: FACILITY.template, row: "carbonTech", col: "yearCount", value: "0" },
          { template: FACILITY.template, row: "total", col: "yearCount", value: "41" },
        ],
        expect: [one(FACILITY.template, "carbonTech", "quarterCount", "error", "facility-disclosure.running-count")],
      },
      {
        id: "total-amount",
        set: [{ template: FACILITY.template, row: "total", col: "quarterAmount", value: "122000.00" }],
        expect: [one(FACILITY.template, "total", "quarterAmount", "error", "facility-disclosure.quarter-amount-total")],
      },
      {
        id: "weighted-rate",
        set: [{ template: FACILITY.template, row: "total", col: "yearRate", value: "3.54" }],
        expect: [one(FACILITY.template, "total", "yearRate", "error", "facility-disclosure.year-rate-total")],
      },
      {
        id: "reduction-band",
        set: [
          { template: FACILITY.template, row: "carbonTech", col: "sinceReduction", value: "253800.00" },
          { template: FACILITY.template, row: "total", col: "sinceReduction", value: "2598480.00" },
        ],
        expect: [one(FACILITY.template, "carbonTech", "sinceReduction", "warning", "facility-disclosure.since-reduction-per-amount")],
      },
    ],
  },
  {
    id: "huzhou",
    tables: [ANJI_OPERATING, ANJI_FINANCING],
    defects: [
      {
        id: "share",
        set: [{ template: ANJI_FINANCING.template, row: "greenShare", col: "value", value: "22.93" }],
        expect: [one(ANJI_FINANCING.template, "greenShare", "value", "error", "financing-impact.green-share")],
      },
      {
        id: "paper-per-capita",
        set: [{ template: ANJI_OPERATING.template, row: "paper", col: "perCapita", value: "text:0.95(千克)" }],
        expect: [one(ANJI_OPERATING.template, "paper", "perCapita", "error", "operating-impact.per-capita")],
      },
    ],
  },
  {
    id: "guizhou",
    tables: [GUIZHOU_KPI],
    defects: [
      {
        id: "unit",
        set: [{ template: GUIZHOU_KPI.template, row: "electricity", col: "value", value: "text:215600立方米" }],
        expect: [one(GUIZHOU_KPI.template, "electricity", "value", "error", "cell.unit")],
      },
      {
        id: "negative",
        set: [{ template: GUIZHOU_KPI.template, row: "water", col: "value", value: "-1860" }],
        expect: [one(GUIZHOU_KPI.template, "water", "value", "error", "cell.negative")],
      },
    ],
  },
  {
    id: "jiangsu",
    cover: "江苏某农村商业银行2024年度环境信息披露报告（依据苏银发〔2024〕49号）",
    tables: [BY_INDUSTRY, JIANGSU_BY_ASSET, JIANGSU_HIGH_CARBON],
    defects: [
      {
        id: "asset-total",
        set: [{ template: JIANGSU_BY_ASSET.template, row: "bonds", col: "emissions", value: "37943.94" }],
        expect: [one(JIANGSU_BY_ASSET.template, "total", "emissions", "error", "jiangsu-financed-by-asset.asset-total")],
      },
      {
        id: "asset-vs-industry",
        set: [
          { template: JIANGSU_BY_ASSET.template, row: "loans", col: "emissions", value: "260000.00" },
          { template: JIANGSU_BY_ASSET.template, row: "total", col: "emissions", value: "287943.94" },
        ],
        expect: [one(JIANGSU_BY_ASSET.template, "total", "emissions", "error", "jiangsu-financed-by-asset.asset-total-equals-industry")],
      },
      {
        id: "high-carbon-total",
        set: [{ template: JIANGSU_HIGH_CARBON.template, row: "minerals", col: "emissions", value: "25000.00" }],
        expect: [one(JIANGSU_HIGH_CARBON.template, "total", "emissions", "error", "jiangsu-high-carbon.high-carbon-total")],
      },
      {
        id: "high-carbon-exceeds",
        set: [
          { template: JIANGSU_HIGH_CARBON.template, row: "power", col: "emissions", value: "265810.21" },
          { template: JIANGSU_HIGH_CARBON.template, row: "total", col: "emissions", value: "315810.21" },
        ],
        expect: [one(JIANGSU_HIGH_CARBON.template, "total", "emissions", "error", "jiangsu-high-carbon.high-carbon-within-total")],
      },
    ],
  },
  {
    id: "green-areas",
    tables: [BY_AREA],
    defects: [
      {
        id: "unknown-area",
        set: [{ template: BY_AREA.template, row: "a7", col: "label", value: "label:绿色交通产业" }],
        expect: [one(BY_AREA.template, "a7", "label", "error", "green-loans-by-area.area-names")],
      },
      {
        id: "area-total",
        set: [{ template: BY_AREA.template, row: "total", col: "balance", value: "47.30" }],
        expect: [one(BY_AREA.template, "total", "balance", "error", "green-loans-by-area.area-total")],
      },
    ],
  },
];
