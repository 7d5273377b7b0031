import type { Citation } from "./types";

/** Every source a bundled factor cites; data/factors.csv has each value with its source and mark. */
export const CITATIONS = {
  meeNbs2021: {
    issuer: "生态环境部、国家统计局 (MEE, NBS)",
    document: "2021年电力二氧化碳排放因子",
    number: "公告2024年第12号",
    date: "2024-04-12",
    via: "GitHub felix0220170/ghg-accounting src/config/emissionConstants.js; national values cross-checked with 新京报",
  },
  meeNbs2022: {
    issuer: "生态环境部、国家统计局 (MEE, NBS)",
    document: "2022年电力二氧化碳排放因子",
    number: "公告2024年第33号",
    date: "2024-12-20",
    via: "GitHub felix0220170/ghg-accounting emissionConstants.js; 新京报 report of the announcement; mee.gov.cn t20241226_1099413",
  },
  meeNbs2023: {
    issuer: "生态环境部、国家统计局 (MEE, NBS)",
    document: "2023年电力二氧化碳排放因子",
    number: "公告2025年第47号",
    date: "2025-12-31",
    via: "GitHub tingfengy2000-creator/nengzhihe emission_factors.json (附件表3) and Zhaohh0706/Carbon-Footprint-LCA mee_2023_grid_factors.csv (附件表2)",
  },
  ndrc2012Regional: {
    issuer: "国家发展改革委应对气候变化司 (NDRC)",
    document: "2011年和2012年中国区域电网平均二氧化碳排放因子（2012年）",
    via: "中国气候变化信息网, as cited by a GitHub SQL factor dump and a separate GitHub calculator with identical values",
  },
  mee2022PowerNotice: {
    issuer: "生态环境部 (MEE)",
    document: "2022年发电行业温室气体排放核算通知（核算2021及2022年度排放时全国电网排放因子由0.6101调整为0.5810）",
    date: "2022",
    via: "GitHub page quoting the notice text",
  },
  mee2023PowerNotice: {
    issuer: "生态环境部 (MEE)",
    document: "关于做好2023—2025年发电行业企业温室气体排放报告管理有关工作的通知（2022年度全国电网平均排放因子）",
    date: "2023-02",
    via: "tanpaifang.com/tanguwen/2023/0215/94510.html",
  },
  fuelSetA: {
    issuer: "国家标准 GB/T 2589-2008 附录A（低位发热量）; 省级温室气体清单编制指南（单位热值含碳量、碳氧化率）",
    document: "燃料参数组 A (GB/T 2589 低位发热量 + 省级清单含碳量/氧化率)",
    via: "GitHub SQL factor dump (mobile-combustion parameters); natural gas from felix0220170/ghg-accounting fossilFuelConstants.js",
  },
  fuelSetB: {
    issuer: "企业温室气体排放核算指南（工业其他行业式参数；所属指南未确认）",
    document: "燃料参数组 B",
    via: "GitHub felix0220170/ghg-accounting src/config/fossilFuelConstants.js (no guideline cited there)",
  },
  purchasedHeat: {
    issuer: "国家发展改革委 (NDRC) 企业温室气体核算指南系列",
    document: "公共建筑运营单位（企业）温室气体排放核算方法和报告指南（试行）附录表3：外购蒸汽和热水 0.11 tCO2/GJ",
    via: "guideline text embedded in a public GitHub file",
  },
  gasolineStandard: {
    issuer: "国家标准 GB 17930-2016《车用汽油》",
    document: "汽油密度（标准范围 720–775 kg/m³ 的上限）",
    via: "GitHub SQL factor dump citing GB 17930-2016",
  },
  dieselStandard: {
    issuer: "国家标准 GB 19147-2016《车用柴油》",
    document: "柴油密度（0号柴油标准范围 810–845 kg/m³ 的上限）",
    via: "GitHub SQL factor dump citing GB 19147-2016",
  },
  gbt2589: {
    issuer: "国家标准 GB/T 2589《综合能耗计算通则》",
    document: "能源折标准煤系数",
    via: "GitHub snippets citing GB/T 2589",
  },
  greenCredit2013: {
    issuer: "中国银监会 (CBRC)",
    document: "绿色信贷项目节能减排量测算指引（附件4）：标准煤低位发热量 29.307 MJ/kg",
    date: "2013-06",
    via: "bubsandbeans.com/paper/132045844.html (word version)",
  },
  baselineGrid: {
    issuer: "生态环境部 (MEE)",
    document: "中国区域电网基准线排放因子 OM/BM（年度未核实，据信为2019年度减排项目中国区域电网基准线排放因子，2020年12月发布）",
    via: "GitHub SQL table grid_emission_factor labelled 中国区域电网基准线排放因子 (no year in the table)",
  },
  coalRetrofitPlan: {
    issuer: "国家发展改革委、国家能源局 (NDRC, NEA)",
    document: "全国煤电机组改造升级实施方案：2020年全国火电平均供电煤耗305.5克/千瓦时（2005、2010、2015年值由其降幅推算）",
    date: "2021",
    via: "a public GitHub README citing the plan",
  },
  cecAnnualReport2025: {
    issuer: "中国电力企业联合会 (CEC)",
    document: "中国电力行业年度发展报告2025：2024年全国火电平均供电煤耗",
    date: "2025",
    via: "a public GitHub README citing the report",
  },
  carbonReductionFacility: {
    issuer: "中国人民银行 (PBoC)",
    document: "中国人民银行关于设立碳减排支持工具有关事宜的通知：按碳减排贷款本金的60%提供资金支持，利率1.75%",
    number: "银发〔2021〕278号",
    date: "2021",
    via: "Kunlun Bank 2025 Q1 environmental information disclosure report, policy table",
  },
  pcafPartA: {
    issuer: "Partnership for Carbon Accounting Financials (PCAF)",
    document: "Global GHG Accounting & Reporting Standard Part A: Financed Emissions, 2nd ed., data-quality Tables 5-3, 5-7, 5-10",
    date: "2022-12",
    via: "full text in GitHub PEERCARBONEARTH/PCAF-client ref.md",
  },
} satisfies Record<string, Citation>;
