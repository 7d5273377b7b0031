import type { CompactSheet } from "../src/workbook/compact";

/** The ledger's header as the templates' samples word it, or as a bank words it (the carbon-accounting guide's terms, no title, tCO2e). */
const HEADERS = {
  sample: [
    "融资主体或项目",
    "行业门类",
    "融资类型",
    "月均融资额（万元）",
    "项目总投资或主营业务收入（万元）",
    "主体或项目排放量（吨）",
    "归因排放量（吨）",
    "数据质量评分",
  ],
  bank: ["客户名称", "所属行业", "业务类型", "投融资日均余额(万元)", "总投资/营业收入(万元)", "E项目/E主体(tCO2e)", "E业务(tCO2e)", "质量得分"],
};

/**
 * A generated loan ledger of `n` rows and the by-industry table it adds up to, as compact sheets:
 * deterministic (a fixed linear congruential sequence), so every run measures the same data.
 */
export function generatedLedger(n: number, wording: keyof typeof HEADERS = "sample"): CompactSheet[] {
  let seed = 20211231;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sections = ["A", "C", "D", "F", "G", "K"];
  const sums = new Map<string, number>();
  const rows: (string | null)[][] = wording === "sample" ? [["2021年投融资碳排放台账"], HEADERS.sample] : [HEADERS.bank];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const section = sections[Math.floor(next() * sections.length)];
    const financing = Math.round(500 + next() * 9500);
    const denominator = Math.round(financing + next() * 50000);
    const emissions = Math.round(next() * 1_000_000) / 100;
    // Attributed to the cent, as a bank prints it; totals add the printed cents.
    const attributedCents = Math.round((emissions * financing * 100) / denominator);
    total += attributedCents;
    sums.set(section, (sums.get(section) ?? 0) + attributedCents);
    rows.push([
      `借款人${i + 1}`,
      section,
      i % 3 === 0 ? "非项目融资" : "项目融资",
      `=${financing}`,
      `=${denominator}`,
      `=${emissions.toFixed(2)}`,
      `=${(attributedCents / 100).toFixed(2)}`,
      `=${1 + (i % 5)}`,
    ]);
  }
  rows.push(["合计", null, null, null, null, null, `=${(total / 100).toFixed(2)}`, null]);
  const industry: (string | null)[][] = [["投融资活动碳排放量"], ["行业类别", "行业贷款碳排放量(吨)"]];
  const names: Record<string, string> = {
    A: "A农、林、牧、渔业",
    C: "C制造业",
    D: "D电力、热力、燃气及水生产和供应业",
    F: "F批发和零售业",
    G: "G交通运输、仓储和邮政业",
    K: "K房地产业",
  };
  for (const s of sections) industry.push([names[s], `=${((sums.get(s) ?? 0) / 100).toFixed(2)}`]);
  industry.push(["总计", `=${(total / 100).toFixed(2)}`]);
  return [
    { name: "台账", merges: [], rows },
    { name: "行业", merges: [], rows: industry },
  ];
}
