import type { Bilingual } from "../model";

/**
 * Who prescribes a table: the national standard, a PBoC branch's template, or the carbon reduction
 * facility's quarterly disclosure. `validate --pack` and the pane's choice narrow detection to one pack.
 */
export interface Pack {
  id: string;
  name: Bilingual;
  /** Issuer and document, as an auditor would cite them. */
  prescribedBy: string;
  /** Where the rows come from and how far they are confirmed. */
  basis: Bilingual;
  /** Other names a user may type for it. */
  aliases: string[];
  /**
   * Words a workbook of this pack prints (its region, its document): a local pack's templates are looked
   * for only where the workbook names one, or where the user chose the pack. The national pack has none.
   */
  mentions?: string;
}

export const PACKS: Pack[] = [
  {
    id: "national",
    name: { zh: "全国（JR/T 0227）", en: "National (JR/T 0227)" },
    prescribedBy: "中国人民银行《金融机构环境信息披露指南》JR/T 0227—2021; 《金融机构碳核算技术指南（试行）》银办发〔2021〕119号",
    basis: {
      zh: "JR/T 0227 不规定固定行名；各表为两家银行已发布报告的表样（安龙农商行 2021、昆仑银行 2025 年一季度）",
      en: "JR/T 0227 prescribes no fixed rows; the tables are the shapes of two published reports (Anlong 2021, Kunlun 2025 Q1)",
    },
    aliases: ["全国", "国家", "jr/t 0227", "jrt0227"],
  },
  {
    id: "shenzhen",
    name: { zh: "深圳", en: "Shenzhen" },
    prescribedBy: "深圳市金融机构环境信息披露模板及指标说明 表1.1",
    basis: { zh: "表1.1 行名来自模板转载件（单一来源）", en: "表1.1 row names from a reprint of the template (one copy)" },
    aliases: ["深圳", "sz"],
    mentions: "深圳",
  },
  {
    id: "huzhou",
    name: { zh: "湖州（季度简报）", en: "Huzhou (quarterly brief)" },
    prescribedBy: "湖州金融机构季度环境信息披露简报模板（安吉农商银行 2021-09-30 简报的表1–表3）",
    basis: {
      zh: "行名逐字取自安吉农商银行 2021 年三季度简报（单一来源，verified-secondary）；表4 创新案例的字段未见全文，未建",
      en: "rows verbatim from Anji Rural Commercial Bank's 2021 Q3 brief (one copy, verified-secondary); table 4 (innovation cases) was truncated in the copy and is not built",
    },
    aliases: ["湖州", "安吉"],
    mentions: "湖州|安吉|长兴|德清|绿色支行|季度.*简报",
  },
  {
    id: "guizhou",
    name: { zh: "贵州", en: "Guizhou" },
    prescribedBy: "中国人民银行贵州省分行绿色金融关键指标；环境关键绩效表（黔农信办函〔2022〕28号）",
    basis: {
      zh: "关键指标行见安龙农商行 2021、2023 年报告；环境关键绩效表见道真农商行 2021 年报告（各为单一来源）",
      en: "key-indicator rows as in Anlong's 2021 and 2023 reports; the environmental KPI table as in Daozhen's 2021 report (one copy each)",
    },
    aliases: ["贵州", "黔"],
    mentions: "贵州|黔|安龙|道真|环境关键绩效",
  },
  {
    id: "jiangsu",
    name: { zh: "江苏", en: "Jiangsu" },
    prescribedBy: "《江苏省银行业金融机构环境信息披露指引（试行）》苏银发〔2024〕49号，第七章",
    basis: {
      zh: "只有章节结构可考（新沂、沛县农商行 2024 年报告）；表内行名未见原文，按章节名（贷款 / 债券 / 总计、行业门类）建表",
      en: "only the chapter structure is known (Xinyi and Peixian 2024 reports); rows follow the section names (loans / bonds / total, industry sections), the tables' own rows were not read",
    },
    aliases: ["江苏", "苏"],
    mentions: "江苏|苏银发",
  },
  {
    id: "facility",
    name: { zh: "碳减排支持工具", en: "Carbon reduction facility" },
    prescribedBy: "中国人民银行碳减排支持工具（2021-11-08 设立）按季度信息披露要求",
    basis: {
      zh: "附表列结构见中国银行 2024 年二季度披露（单一来源）；领域与说明段落在七家银行披露中一致；2026 年新增领域的正式行名未见，作为可选行",
      en: "column layout as in Bank of China's 2024 Q2 disclosure (one copy); areas and the narrative are the same in seven banks' disclosures; the official labels of the 2026 areas were not found, so they are optional rows",
    },
    aliases: ["碳减排支持工具", "碳减排", "cerf", "carbon reduction facility"],
    mentions: "碳减排支持工具|碳减排贷款|carbon reduction facility|cerf",
  },
];

/** A pack by id, Chinese or English name, or alias (case-insensitive). */
export function findPack(name: string): Pack | undefined {
  const wanted = name.trim().toLowerCase();
  return PACKS.find(
    (p) => p.id === wanted || p.name.zh.toLowerCase() === wanted || p.name.en.toLowerCase() === wanted || p.aliases.some((a) => a.toLowerCase() === wanted),
  );
}

/** The first rows of each sheet and the sheet names: where a workbook names its region or document. */
const MENTION_ROWS = 60;

/** The local packs a workbook names (its region, its document), for detection when the user chose none. */
export function packsNamedIn(workbook: { sheets: { name: string; cells: ({ value: unknown } | undefined)[][] }[] }): Set<string> {
  const texts: string[] = [];
  for (const sheet of workbook.sheets) {
    texts.push(sheet.name);
    for (const row of sheet.cells.slice(0, MENTION_ROWS))
      for (const cell of row ?? []) if (typeof cell?.value === "string") texts.push(cell.value.slice(0, 200));
  }
  const text = texts.join("\n");
  return new Set(PACKS.filter((p) => p.mentions && new RegExp(p.mentions, "i").test(text)).map((p) => p.id));
}
