import { spawnSync } from "child_process";
import path from "path";
import { main } from "../../src/cli/main";
import { readArgument, formatNumber } from "../../src/cli/args";
import signatures from "../functions/function-signatures.json";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "green-disclosure.js");

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("npx green-disclosure fn (the installed binary)", () => {
  test("Anlong's electricity prints the number Excel would show", () => {
    const result = cli("fn", "CO2_FROM_ELECTRICITY", "602333", "南方", "2012");
    expect(result).toEqual({ code: 0, stdout: "317.4897243\n", stderr: "" });
  });

  test("an Excel error prints '#VALUE! message' on stderr and exits 1", () => {
    const result = cli("fn", "CO2_FROM_ELECTRICITY", "abc");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^#VALUE! kwh .*abc/);
  });
});

describe("fn arguments are read like typed cell input", () => {
  test.each([
    ["12.5", 12.5],
    ["1.2%", 0.012],
    ["TRUE", true],
    ["false", false],
    ["南方", "南方"],
    ["[[1],[2]]", [[1], [2]]],
    ["[1,2]", [[1], [2]]],
    ["2012", 2012],
  ])("%s", (text, expected) => {
    expect(readArgument(text)).toEqual(expected);
  });

  test("numbers print with Excel's 15 significant digits", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(317.4897243)).toBe("317.4897243");
  });
});

describe("fn in process", () => {
  test.each([
    [["CO2_FROM_ELECTRICITY", "1000", "贵州", "2023"], "0.5683"],
    [["CO2_FROM_ELECTRICITY", "1000", "全国", "2022"], "0.5366"],
    [["CO2_FROM_ELECTRICITY", "1000", "全国", "2021"], "0.5568"],
    [["CO2_FROM_FUEL", "10000", "天然气", "m3", "A"], "21.62188809"],
    [["CO2_FROM_FUEL", "1", "汽油", "t", "A"], "2.92505598"],
    [["CO2_FROM_HEAT", "100"], "11"],
    [["carbon.convert_unit", "1", "亿元", "万元"], "10000"],
    [["EMISSION_FACTOR", "电力", "南方", "2012"], "0.5271"],
  ])("%j → %s", async (args, expected) => {
    expect(await inProcess("fn", ...args)).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("a range prints tab-separated rows; a bad cell is named on stderr and the exit code is 1", async () => {
    const result = await inProcess("fn", "CO2_FROM_ELECTRICITY", "[[1000,2000],[-1,4000]]", "全国", "2022");
    expect(result.stdout).toBe("0.5366\t1.0732\n#VALUE!\t2.1464");
    expect(result.stderr).toMatch(/^A2: #VALUE! kwh/);
    expect(result.code).toBe(1);
  });

  test("usage errors exit 2 with one clear line", async () => {
    expect((await inProcess("fn", "NO_SUCH_FUNCTION")).code).toBe(2);
    const tooFew = await inProcess("fn", "CONVERT_UNIT", "1");
    expect(tooFew.code).toBe(2);
    expect(tooFew.stderr).toContain("value from to");
    expect((await inProcess("frobnicate")).code).toBe(2);
    expect((await inProcess()).code).toBe(2);
  });

  test("fn --list shows every function with its parameters", async () => {
    const result = await inProcess("fn", "--list");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("CO2_FROM_ELECTRICITY(kwh, [region], [year], [green_kwh], [method])");
    expect(result.stdout).toMatch(/CO2_FROM_ELECTRICITY\(kwh, \[region\], \[year\], \[green_kwh\], \[method\]\) +外购电力排放 \/ CO2 from electricity/);
    expect(result.stdout.trim().split("\n")).toHaveLength(Object.keys(signatures).length - 1);
  });

  test("fn NAME --help gives the description and every parameter's help in both languages, with units", async () => {
    const result = await inProcess("fn", "carbon.co2_from_heat", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("CO2_FROM_HEAT(gj, [factor]) → tCO2");
    expect(result.stdout).toContain("gj (GJ): 外购热量，吉焦 GJ。");
    expect(result.stdout).toContain("Heat purchased, GJ.");
    expect(result.stdout).toContain("[factor] (tCO2/GJ):");
  });
});

test("output into a reader that stops early (| head) ends quietly, exit 0", () => {
  const script = `set -o pipefail; "${process.execPath}" "${BIN}" fn --list | head -c 20 > /dev/null`;
  const result = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});

test("2023 西南 and an auditor's citation: the official announcement, never where a copy was read", async () => {
  expect((await inProcess("fn", "CO2_FROM_ELECTRICITY", "1000", "西南", "2023")).stdout).toBe("0.2472");
  const source = (await inProcess("fn", "FACTOR_SOURCE", "电力", "贵州", "2023")).stdout;
  expect(source).toContain("生态环境部、国家统计局 (MEE, NBS) · 2023年电力二氧化碳排放因子 · 公告2025年第47号 · 2025-12-31 [verified]");
  expect(source).not.toMatch(/github|gitee|via |\.com|\.cn\b/i);
});

describe("a mistyped function name", () => {
  test("suggests the closest function; a name far from all of them gets no guess", async () => {
    const typo = await inProcess("fn", "CO2_FROM_ELECTRICTY", "1000");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean CO2_FROM_ELECTRICITY?");
    const far = await inProcess("fn", "HELLO", "1");
    expect(far.stderr).not.toContain("Did you mean");
  });
});
