import { NameIndex } from "./names";

/** Where a grid factor applies: the whole country, a regional grid (区域电网) or a province. */
export type RegionKind = "national" | "grid" | "province";

export interface Region {
  /** Canonical short Chinese name, the key in the factor tables: 全国, 南方, 贵州. */
  name: string;
  english: string;
  kind: RegionKind;
}

const GRIDS: [string, string, string[]][] = [
  ["华北", "North China grid", ["north", "northchina", "华北电网", "华北区域电网"]],
  ["东北", "Northeast grid", ["northeast", "东北电网", "东北区域电网"]],
  ["华东", "East China grid", ["east", "eastchina", "华东电网", "华东区域电网"]],
  ["华中", "Central China grid", ["central", "centralchina", "华中电网", "华中区域电网"]],
  ["西北", "Northwest grid", ["northwest", "西北电网", "西北区域电网"]],
  ["南方", "China Southern grid", ["south", "southern", "southchina", "chinasouthern", "南方电网", "南方区域电网", "南网"]],
  ["西南", "Southwest grid", ["southwest", "西南电网", "西南区域电网"]],
];

/** The 30 provincial-level regions that the MEE/NBS tables publish (西藏 and HK/Macau/Taiwan are not in them). */
const PROVINCES: [string, string, string[]][] = [
  ["北京", "Beijing", ["北京市"]],
  ["天津", "Tianjin", ["天津市"]],
  ["河北", "Hebei", ["河北省"]],
  ["山西", "Shanxi", ["山西省"]],
  ["内蒙古", "Inner Mongolia", ["内蒙古自治区", "neimenggu", "neimongol", "innermongolia"]],
  ["辽宁", "Liaoning", ["辽宁省"]],
  ["吉林", "Jilin", ["吉林省"]],
  ["黑龙江", "Heilongjiang", ["黑龙江省"]],
  ["上海", "Shanghai", ["上海市"]],
  ["江苏", "Jiangsu", ["江苏省"]],
  ["浙江", "Zhejiang", ["浙江省"]],
  ["安徽", "Anhui", ["安徽省"]],
  ["福建", "Fujian", ["福建省"]],
  ["江西", "Jiangxi", ["江西省"]],
  ["山东", "Shandong", ["山东省"]],
  ["河南", "Henan", ["河南省"]],
  ["湖北", "Hubei", ["湖北省"]],
  ["湖南", "Hunan", ["湖南省"]],
  ["广东", "Guangdong", ["广东省"]],
  ["广西", "Guangxi", ["广西壮族自治区", "广西自治区"]],
  ["海南", "Hainan", ["海南省"]],
  ["重庆", "Chongqing", ["重庆市"]],
  ["四川", "Sichuan", ["四川省"]],
  ["贵州", "Guizhou", ["贵州省"]],
  ["云南", "Yunnan", ["云南省"]],
  ["陕西", "Shaanxi", ["陕西省"]],
  ["甘肃", "Gansu", ["甘肃省"]],
  ["青海", "Qinghai", ["青海省"]],
  ["宁夏", "Ningxia", ["宁夏回族自治区", "宁夏自治区"]],
  ["新疆", "Xinjiang", ["新疆维吾尔自治区", "新疆自治区"]],
];

/** Regions with no published factor, and what to use instead. */
export const UNPUBLISHED_REGIONS: Record<string, string> = {
  西藏: "MEE/NBS publish no factor for 西藏 (Tibet); use the regional grid 西南 or 全国.",
  xizang: "MEE/NBS publish no factor for 西藏 (Tibet); use the regional grid 西南 or 全国.",
  tibet: "MEE/NBS publish no factor for 西藏 (Tibet); use the regional grid 西南 or 全国.",
};

/** Strips suffixes people add to names: 贵州省 → 贵州, "Guizhou Province" → guizhou. */
function stripSuffixes(name: string): string {
  return name.replace(/(province|grid|region|regionalgrid|区域电网|电网|地区|省|市)$/u, "");
}

export const REGIONS = new NameIndex<Region>(stripSuffixes);
REGIONS.add({ name: "全国", english: "national", kind: "national" }, "全国", ["national", "china", "中国", "全国电网", "nationwide"]);
for (const [name, english, aliases] of GRIDS) {
  REGIONS.add({ name, english, kind: "grid" }, name, [english, ...aliases]);
}
for (const [name, english, aliases] of PROVINCES) {
  REGIONS.add({ name, english, kind: "province" }, name, [english, ...aliases]);
}

export function findRegion(text: string): Region | undefined {
  return REGIONS.get(text);
}
