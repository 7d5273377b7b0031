/** Task pane strings. Chinese first; English for other display languages. */
export type Language = "zh-CN" | "en-US";

export const UI_STRINGS = {
  "zh-CN": {
    title: "绿色披露",
    subtitle: "金融机构环境信息披露 · 碳排放计算",
    languageSwitch: "English",
    modeExcel: "已连接 Excel：在单元格中输入 =CARBON. 即可使用碳排放函数。",
    modeBrowser: "浏览器模式：所有计算都在本页完成，不上传任何数据。",
    calculatorTitle: "外购电力排放速算",
    kwhLabel: "用电量（kWh）",
    regionLabel: "地区或电网",
    yearLabel: "因子年份",
    newest: "最新",
    resultLabel: "排放量",
    factorLabel: "采用因子",
    outdated: "2012 年区域电网因子已过时，仅用于复核旧报告。",
    functionsTitle: "可用函数",
  },
  "en-US": {
    title: "Green Disclosure",
    subtitle: "Environmental-information disclosure · carbon figures",
    languageSwitch: "中文",
    modeExcel: "Connected to Excel: type =CARBON. in a cell to use the emission functions.",
    modeBrowser: "Browser mode: everything is computed in this page; nothing is uploaded.",
    calculatorTitle: "Purchased electricity, quick calculation",
    kwhLabel: "Electricity (kWh)",
    regionLabel: "Region or grid",
    yearLabel: "Factor year",
    newest: "Newest",
    resultLabel: "Emissions",
    factorLabel: "Factor used",
    outdated: "2012 regional factors are outdated; use them only to check older reports.",
    functionsTitle: "Functions",
  },
} as const;

export type UiStrings = (typeof UI_STRINGS)[Language];

/** Chinese when the display language is Chinese, English otherwise. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
