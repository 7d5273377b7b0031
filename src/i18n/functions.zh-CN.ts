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
      kind: "因子类别：电力、电力不含市场化非化石、化石能源电力、燃料、热力、密度、折标系数。",
      key: "电力填地区或省份（全国、南方、贵州）；燃料与密度填燃料名称；折标系数填 电力、原煤 或 标准煤热值。",
      year: "数据年份或版本（2023、2022、2021、2012；报告因子 2023-2025、2021-2022、pre-2021）。默认最新。",
      set: "燃料参数组 A 或 B。",
    },
  },
  FACTOR_SOURCE: {
    description: "内置因子的出处：数值、单位、发布机构、文号、日期与核实标记。",
    parameters: {
      kind: "与 EMISSION_FACTOR 相同：电力、燃料、热力、密度、折标系数等。",
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
};
