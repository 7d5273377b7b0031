/**
 * Chinese descriptions for the functions metadata (Excel shows function names in English in
 * every language; descriptions and parameter help follow the display language).
 * The build merges these into functions.zh-CN.json and fails if any id or parameter is missing.
 */
export interface FunctionTranslation {
  description: string;
  result?: string;
  parameters: Record<string, string>;
}

export const FUNCTIONS_ZH_CN: Record<string, FunctionTranslation> = {
  CO2_FROM_ELECTRICITY: {
    description: "外购电力的二氧化碳排放量（范围二），单位 tCO2。按年份、区域电网或省份采用生态环境部、国家统计局发布的电力平均二氧化碳排放因子。",
    parameters: {
      kwh: "用电量，千瓦时 kWh（可为区域，逐格计算）。",
      region: "全国（默认）、区域电网（华北 东北 华东 华中 西北 南方 西南）或省份（贵州、贵州省、Guizhou）；也可直接填排放因子，kgCO2/kWh。",
      year: "因子数据年份：2023（默认，最新）、2022、2021，或 2012（区域电网）。全国另有报告因子 2023-2025（0.5703）、2021-2022（0.5810）、pre-2021（0.6101）。",
      green_kwh: "其中外购绿色电力，千瓦时 kWh：按零排放计；其余电量采用不包括市场化交易非化石能源电量的全国电力平均因子。",
    },
  },
  CO2_FROM_FUEL: {
    description: "化石燃料燃烧的二氧化碳排放量，tCO2 = 消耗量 × 低位发热量 × 单位热值含碳量 × 碳氧化率 × 44/12。",
    parameters: {
      quantity: "燃料消耗量，单位见 unit。",
      fuel: "汽油、柴油、天然气、液化石油气、液化天然气、原煤、燃料油、煤油（参数组 B 另有原油、无烟煤、烟煤、褐煤、焦炭）。",
      unit: "L/升、kg/千克、t/吨、m3/立方米、万m3 或 GJ。默认 吨；天然气默认 立方米。",
      parameter_set: "参数组 A（默认：GB/T 2589 低位发热量与省级清单含碳量）或 B（工业行业指南参数）。未经核实的参数只在此处明确选择时使用。",
      density: "按升计量时的密度，kg/L（大于 10 的数按 kg/m³ 读取）。默认：汽油 0.775、柴油 0.845（GB 17930 / GB 19147 上限）。",
    },
  },
  CO2_FROM_HEAT: {
    description: "外购热力（蒸汽、热水）的二氧化碳排放量，tCO2 = 热量 GJ × 排放因子。",
    parameters: {
      gj: "外购热量，吉焦 GJ。",
      factor: "排放因子，tCO2/GJ。默认 0.11（公共建筑运营单位温室气体排放核算指南）。",
    },
  },
  EMISSION_FACTOR: {
    description: "计算所用的内置排放因子数值，按其发布单位给出。",
    parameters: {
      kind: "因子类别：电力、电力不含市场化非化石、化石能源电力、燃料、热力、密度、折标系数、供电标准煤耗、电网基准线OM、电网基准线BM、碳减排支持工具。",
      key: "电力与基准线填地区或省份（全国、南方、贵州）；燃料与密度填燃料名称；折标系数填 电力、原煤 或 标准煤热值；碳减排支持工具填 比例 或 利率。",
      year: "数据年份或版本（2023、2022、2021、2012；报告因子 2023-2025、2021-2022、pre-2021）。默认最新。",
      set: "燃料参数组 A 或 B。",
    },
  },
  FACTOR_SOURCE: {
    description: "内置因子的出处：数值、单位、发布机构、文号、日期与核实标记。",
    parameters: {
      kind: "与 EMISSION_FACTOR 相同：电力、燃料、热力、密度、折标系数、供电标准煤耗、电网基准线OM/BM、碳减排支持工具。",
      key: "地区、省份、燃料或折算项名称。",
      year: "数据年份或版本。默认最新。",
      set: "燃料参数组 A 或 B。",
    },
  },
  CONVERT_UNIT: {
    description: "同类单位换算：货币 元 万元 亿元；能量 kWh MWh 万kWh GWh MJ GJ TJ；标准煤 kgce tce 万tce；质量 kg t 万t；体积 L m3 万m3。",
    parameters: {
      value: "待换算的数值，单位为 from。",
      from: "原单位，如 万元、kWh、吨。",
      to: "目标单位。能量与标准煤互换：电力按 0.1229 kgce/kWh（当量值），热量按 29.307 GJ/tce。",
    },
  },
  ATTRIBUTION_FACTOR: {
    description:
      "归因系数 = 融资额 ÷ 分母，默认不超过 1。人民银行碳核算指南：项目融资为月均融资余额 ÷ 项目总投资，非项目融资为 ÷ 主营业务收入；PCAF：÷ EVIC、股本加债务或抵押物价值。",
    parameters: {
      exposure: "本行融资额：月均融资余额（人民银行指南）或未偿余额（PCAF），任意货币单位。",
      denominator: "项目总投资、主营业务收入、EVIC、股本加债务或物业价值，与 exposure 同一货币单位。",
      cap: "TRUE（默认）时归因系数不超过 1；FALSE 时不封顶。",
    },
  },
  FINANCED_EMISSIONS: {
    description: "投融资碳排放量，tCO2e = 企业或项目排放量 × min(1, 融资额 ÷ 分母)。每笔贷款一行，一个公式即可算完整本台账。",
    parameters: {
      emissions: "融资主体或项目的年排放量，tCO2e。",
      exposure: "本行融资额（人民银行指南为月均融资余额，PCAF 为未偿余额），任意货币单位。",
      denominator: "人民银行指南：项目总投资（项目融资）或主营业务收入（非项目融资）；PCAF：EVIC、股本加债务、物业价值。与 exposure 同一单位。",
      cap: "TRUE（默认）时归因系数不超过 1；FALSE 时不封顶。",
    },
  },
  FINANCED_REDUCTION: {
    description: "投融资碳减排量，tCO2e = 项目减排量 × min(1, 融资额 ÷ 分母)。",
    parameters: {
      reduction: "项目年减排量，tCO2e。",
      exposure: "本行融资额，任意货币单位。",
      denominator: "项目总投资（人民银行指南）或股本加债务（PCAF），与 exposure 同一单位。",
      cap: "TRUE（默认）时归因系数不超过 1；FALSE 时不封顶。",
    },
  },
  COVERAGE_RATIO: {
    description: "覆盖度 = 纳入核算的融资 ÷ 同口径融资总额，可按笔数或余额计算。",
    parameters: {
      accounted: "纳入碳核算的贷款笔数或余额。",
      total: "同口径全部贷款，与 accounted 同一单位。",
    },
  },
  CARBON_INTENSITY: {
    description: "碳排放强度 = 归因排放量 ÷ 融资余额：融资以万元计时为 tCO2e/万元。",
    parameters: {
      emissions: "归因排放量，tCO2e。",
      exposure: "融资余额，单位即强度的分母单位（如 万元）。",
    },
  },
  PCAF_SCORE: {
    description: "PCAF 数据质量评分，1（最好）至 5，适用于上市股权、企业贷款与项目融资。",
    parameters: {
      option: "数据选项：1a（经核查的报告排放）→1；1b、2a→2；2b→3；3a→4；3b、3c→5。",
    },
  },
  PCAF_WEIGHTED_SCORE: {
    description: "按余额加权的 PCAF 数据质量评分 = Σ(余额 × 评分) ÷ Σ余额。",
    parameters: {
      scores: "每笔贷款的评分 1 至 5（或 2b 等选项）。",
      exposures: "每笔贷款的未偿余额，任意货币单位，与 scores 大小相同。",
    },
  },
  GREEN_LOAN_BENEFIT: {
    description: "本行贷款对应的环境效益 = 项目效益 × min(1, 贷款余额 ÷ 项目总投资)（绿色信贷项目节能减排量测算指引）。",
    parameters: {
      project_benefit: "项目年度效益：节约标准煤 tce、减排 tCO2e、COD 吨数、节水 m3 等。",
      loan_balance: "本行对该项目的贷款余额，任意货币单位。",
      total_investment: "项目总投资，与 loan_balance 同一货币单位。",
    },
  },
  POWER_COAL_SAVED: {
    description: "清洁电力节约标准煤，tce = 上网电量 MWh × 供电标准煤耗 gce/kWh ÷ 1000。",
    parameters: {
      supply_mwh: "上网电量，MWh（如需本行份额，先按贷款归因）。",
      coal_g_per_kwh: "全国火电平均供电标准煤耗，gce/kWh（如 305.5）；或有出处的年份：2005、2010、2015、2020、2024。",
    },
  },
  POWER_CO2_REDUCTION: {
    description: "清洁电力二氧化碳减排量，tCO2 = 上网电量 MWh × (w·OM + (1−w)·BM)；风电、光伏 w = 0.75，其他 0.5。",
    parameters: {
      supply_mwh: "上网电量，MWh。",
      region: "基准线排放因子所属区域电网：华北 东北 华东 华中 西北 南方。",
      technology: "水电（默认）、风电、光伏、生物质、核电。",
      om: "电量边际排放因子 OM，tCO2/MWh，用于替换内置表（年度未核实，据信为 2019 年度）。",
      bm: "容量边际排放因子 BM，tCO2/MWh，用于替换内置表。",
    },
  },
  POWER_SO2_REDUCTION: {
    description: "二氧化硫减排量，t = 节约标准煤 ÷ 原煤折标系数 × 含硫率 × 2 × 释放系数。",
    parameters: {
      coal_saved_tce: "节约标准煤，tce。",
      sulfur: "原煤含硫率，比例（1.2% 即 0.012）。",
      release_coef: "硫转化为二氧化硫的释放系数，比例（如 0.85）。",
      raw_coal_coef: "每吨原煤折标准煤吨数，默认 0.7143（GB/T 2589）。",
    },
  },
  POWER_NOX_REDUCTION: {
    description: "氮氧化物减排量，t = 节约标准煤 ÷ 原煤折标系数 × 每吨原煤氮氧化物排放量 ÷ 1000。",
    parameters: {
      coal_saved_tce: "节约标准煤，tce。",
      nox_kg_per_t: "每吨原煤氮氧化物排放量，kg/t（如 3.3）。",
      raw_coal_coef: "每吨原煤折标准煤吨数，默认 0.7143（GB/T 2589）。",
    },
  },
  POLLUTANT_REDUCTION: {
    description: "化学需氧量或氨氮削减量，t = 处理水量（t）×（处理前浓度 − 处理后浓度，mg/L）÷ 1,000,000。",
    parameters: {
      water_t: "处理水量，t（即 m3）。",
      conc_before_mg_per_l: "处理前浓度，mg/L。",
      conc_after_mg_per_l: "处理后浓度，mg/L。",
    },
  },
  CARBON_FACILITY_FUNDS: {
    description: "人民银行碳减排支持工具可提供的资金 = 合格贷款本金 × 比例（本金的 60%，银发〔2021〕278号）。",
    parameters: {
      eligible_loans: "合格碳减排贷款本金，任意货币单位。",
      share: "支持本金的比例。默认 0.6。",
    },
  },
  CARBON_FACILITY_SAVING: {
    description: "使用碳减排支持工具节约的利息 = 支持资金 ×（本行资金成本 − 工具利率）× 年数。",
    parameters: {
      eligible_loans: "合格碳减排贷款本金，任意货币单位。",
      funding_rate: "本行自有资金成本，年利率比例（3.5% 即 0.035）。",
      years: "年数。默认 1。",
      share: "支持本金的比例。默认 0.6。",
      facility_rate: "工具利率，年利率比例。默认 0.0175（1.75%）。",
    },
  },
  LINKED_LOAN_RATE: {
    description: "可持续发展挂钩贷款利率：指标（越低越好，如碳排放强度）每优于目标满 1%，利率下调 step_bp 个基点；未达目标则同样上调；调整不超过 ±max_bp。",
    parameters: {
      base_rate: "调整前的合同利率，比例（4.35% 即 0.0435）。",
      actual: "实际指标值，如每万元营业收入 tCO2e。",
      target: "目标指标值，与 actual 同一单位。",
      step_bp: "每满 1% 偏离的调整幅度，bp（基点）。",
      max_bp: "单向最大调整幅度，bp。默认不设上限。",
    },
  },
  OFFSETS_NEEDED: {
    description: "抵消排放需注销的碳信用数量，向上取整（如碳中和网点）。",
    parameters: {
      emissions_t: "需抵消的排放量，tCO2e。",
      unit_t: "每单位碳信用对应的 tCO2e。默认 1。",
    },
  },
};
