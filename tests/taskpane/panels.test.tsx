/**
 * @jest-environment jsdom
 */
import "../helpers/jsdom-setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { UI_STRINGS } from "../../src/i18n/ui";
import { CalculatorPanel } from "../../src/taskpane/CalculatorPanel";
import { CheckPanel } from "../../src/taskpane/CheckPanel";
import { FindingList } from "../../src/taskpane/FindingList";
import { TemplatesPanel } from "../../src/taskpane/TemplatesPanel";
import { App } from "../../src/taskpane/App";
import { createExcelWorkbook } from "../../src/workbook/excel";
import { validate } from "../../src/validation/engine";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { FakeExcel } from "../helpers/fake-excel";
import { InProcessWorker } from "../helpers/worker-client";
import fs from "fs";
import path from "path";

const zh = UI_STRINGS["zh-CN"];
const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

function anlongSheet(excel: FakeExcel) {
  excel.addSheet(
    "指标",
    [
      ["1.2 整体投融资情况"],
      ["指标", "单位", "数值"],
      ["信贷余额", "亿元", 46.4919],
      ["绿色信贷余额", "亿元", 0.5549],
      ["其中:绿色信贷余额占比", "%", 1.19],
      ["对公表内信贷余额", "亿元", 3.9204],
      ["对公表内绿色信贷余额", "亿元", 0.453],
      ["其中:绿色信贷余额占对公表内信贷余额占比", "%", 11.04],
    ],
    { C3: "0.0000", C4: "0.0000", C5: "0.00", C6: "0.0000", C7: "0.0000", C8: "0.00" },
  );
}

describe("check panel", () => {
  test("file mode: a bundled sample shows the 11.04 % finding; the filter hides errors", async () => {
    wrap(<CheckPanel t={zh} language="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "安龙农商行 2021" }));
    const finding = await screen.findByRole("button", { name: /错误 1.2 绿色金融关键指标!C12/ });
    expect(finding.textContent).toContain("计算值 11.55%，相差 −0.51 pp");
    fireEvent.click(screen.getByRole("checkbox", { name: /错误/ }));
    expect(screen.queryByRole("button", { name: /错误 1.2 绿色金融关键指标!C12/ })).toBeNull();
  });

  test("each table says what it checked; a table with a check that could not run says which and why", async () => {
    const excel = new FakeExcel();
    // The share is printed, but the total-loans row is worded so that nothing names it: the share cannot be checked.
    excel.addSheet("指标", [["绿色金融关键指标"], ["指标", "数值"], ["贷款规模合计", 46.4919], ["绿色信贷余额", 0.5549], ["绿色信贷余额占比", 0.0119]], {
      B5: "0.00%",
    });
    wrap(<CheckPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    fireEvent.click(screen.getByRole("button", { name: zh.checkActive }));
    const table = await screen.findByTestId("coverage-table");
    expect(table.textContent).toMatch(/已执行 \d+ 项检查.*1 项未能执行：绿色信贷占比 = 绿色信贷余额 ÷ 信贷余额（缺少“信贷余额”行）/);
    expect(await screen.findByRole("button", { name: /警告 指标!A1: 未能执行检查“绿色信贷占比/ })).toBeTruthy();
  });

  test("a workbook with no disclosure table says so, never that there is no problem", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1", [["员工人数", 3154]], {});
    wrap(<CheckPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    fireEvent.click(screen.getByRole("button", { name: zh.checkActive }));
    expect(await screen.findByText(zh.noTables)).toBeTruthy();
    expect(screen.queryByText(zh.noFindings)).toBeNull();
    expect(screen.getByRole("button", { name: /警告 Sheet1!A1: 在 1 个工作表中未识别出任何披露表格/ })).toBeTruthy();
  });

  test("in Excel: check reads in three syncs and writes nothing; a click selects the cell; highlight toggles back exactly", async () => {
    const excel = new FakeExcel();
    anlongSheet(excel);
    wrap(<CheckPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    fireEvent.click(screen.getByRole("button", { name: zh.checkActive }));
    const finding = await screen.findByRole("button", { name: /错误 指标!C8/ });
    expect(excel.syncs).toBe(3); // the sheets, their used ranges, the cells
    expect(excel.writes).toEqual([]);
    await act(async () => fireEvent.click(finding));
    await waitFor(() => expect(excel.selected).toBe("C8"));
    const before = { ...excel.cell("指标", "C8").fill };
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.highlight })));
    await waitFor(() => expect(excel.cell("指标", "C8").fill.color).toBe("#FFE08A"));
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: zh.unhighlight })));
    await waitFor(() => expect(excel.cell("指标", "C8").fill).toEqual(before));
  });

  test("write report adds a new sheet with links to the cells", async () => {
    const excel = new FakeExcel();
    anlongSheet(excel);
    wrap(<CheckPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    fireEvent.click(screen.getByRole("button", { name: zh.checkActive }));
    await screen.findByRole("button", { name: /错误 指标!C8/ });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.writeReport })));
    await screen.findByText(zh.reportWritten("校验报告"));
    expect(excel.cell("校验报告", "B2").formula).toBe(`=HYPERLINK("#'指标'!C8","指标!C8")`);
  });
});

describe("templates panel", () => {
  test("an inserted template is a working sheet that the validator accepts once filled", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1", []);
    wrap(<TemplatesPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    const card = screen.getByText("温室气体排放（范围一、二、三）").closest(".fui-Card") as HTMLElement;
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: zh.insert })));
    const sheet = excel.sheets.find((s) => s.name.startsWith("温室气体排放"))!;
    expect(sheet).toBeDefined();
    // Scope 1 + 2 is a live sum; per capita divides by the headcount row.
    expect(excel.cell(sheet.name, "C12").formula).toBe("=SUM(C4,C9)");
    // An Excel table over the header and the template rows.
    expect(excel.writes).toContain(`table ${sheet.name}!A3:D15 headers=true`);
    expect(excel.cell(sheet.name, "D4").formula).toBe('=IFERROR(C4/$C$16,"")');
    // Emission rows call the =CARBON functions on the activity data entered below the table.
    expect(excel.cell(sheet.name, "C10").formula).toBe('=IF(C22="","",CARBON.CO2_FROM_ELECTRICITY(C22,C23,C24))');
    expect(excel.cell(sheet.name, "C5").formula).toBe('=IF(C18="","",CARBON.CO2_FROM_FUEL(C18,"天然气","m3"))');
    expect(excel.cell(sheet.name, "C4").formula).toBe("=SUM(C5,C6,C7,C8)");
    // Fill it as Excel would compute it, then check it.
    const fill: Record<string, number> = {
      C4: 134.27,
      C5: 83.86,
      C6: 33.26,
      C7: 12.77,
      C8: 4.38,
      C9: 317.49,
      C10: 317.49,
      C12: 451.76,
      C13: 277943.94,
      C14: 277943.94,
      C15: 278395.7,
      C16: 240,
    };
    for (const [address, value] of Object.entries(fill))
      Object.assign(excel.cell(sheet.name, address), { value, numberFormat: address === "C16" ? "0" : "0.00" });
    for (const row of [4, 9, 12]) Object.assign(excel.cell(sheet.name, `D${row}`), { value: fill[`C${row}`] / 240, numberFormat: "0.00" });
    const result = validate(await createExcelWorkbook(excel.run).read("all"), BUILT_IN_TEMPLATES);
    expect(result.tables.map((t) => t.template)).toContain("ghg-scopes");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("calculator panel", () => {
  test("computes as you type, shows the factor's source and the formula", async () => {
    wrap(<CalculatorPanel t={zh} language="zh-CN" />);
    expect(screen.getByTestId("calculator-result").textContent).toBe("317.49 tCO2");
    expect(screen.getByText(/2011年和2012年中国区域电网平均二氧化碳排放因子/)).toBeTruthy();
    fireEvent.change(screen.getByTestId("param-kwh"), { target: { value: "1000" } });
    expect(screen.getByTestId("calculator-result").textContent).toBe("0.5271 tCO2");
    expect(screen.getByTestId("calculator-formula").textContent).toBe('=CARBON.CO2_FROM_ELECTRICITY(1000,"南方",2012)');
  });

  test("bad input shows the Excel error with its message", () => {
    wrap(<CalculatorPanel t={zh} language="zh-CN" />);
    fireEvent.change(screen.getByTestId("param-kwh"), { target: { value: "-5" } });
    expect(screen.getByRole("alert").textContent).toMatch(/^#VALUE! kwh/);
  });

  test("in Excel the formula goes into the selected cell", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1", [["x"]]);
    excel.selected = "B2";
    wrap(<CalculatorPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: zh.insertFormula })));
    expect(excel.cell("Sheet1", "B2").formula).toBe('=CARBON.CO2_FROM_ELECTRICITY(602333,"南方",2012)');
  });
});

describe("the whole pane", () => {
  test("Chinese by default for a Chinese display language, switchable to English", () => {
    wrap(<App initialLanguage="zh-CN" />);
    expect(screen.getByRole("tab", { name: "检查" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.languageSwitchLabel }));
    expect(screen.getByRole("tab", { name: "Check" })).toBeTruthy();
  });

  test("cell text is shown as text, never as HTML", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S", [
      ["经营活动环境影响"],
      ["披露细项", "总量", "人均"],
      ["营业、办公所消耗的电力（千瓦时）", "<img src=x onerror=alert(1)>", 1],
      ["营业、办公活动所消耗的水（吨）", 9173.65, 2.91],
    ]);
    const { container } = wrap(<CheckPanel t={zh} language="zh-CN" excel={createExcelWorkbook(excel.run)} />);
    fireEvent.click(screen.getByRole("button", { name: zh.checkActive }));
    await screen.findByRole("button", { name: /错误 S!B3/ });
    expect(container.querySelector("img[src=x]")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("grouped findings", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      rule: "financed-ledger.score-range",
      severity: "error" as const,
      template: "financed-ledger",
      sheet: "台账",
      cell: `H${i + 2}`,
      message: { zh: `借款人${i}：数据质量评分须在 1 到 5 之间，报告值 7`, en: `borrower ${i}: data-quality score must be between 1 and 5, reported 7` },
      expected: null,
      actual: 7,
      tolerance: null,
      related: [],
    }));

  test("100,000 findings of one rule in one table are one card: the count, five cells, then pages of 50", () => {
    wrap(<FindingList t={zh} language="zh-CN" findings={many(100_000)} />);
    const group = screen.getByTestId("finding-group");
    expect(group.textContent).toContain("共 100000 处");
    // The rule in words; its id in the details line.
    expect(group.textContent).toContain("数据质量评分");
    expect(within(group).getAllByTestId("finding-cell")).toHaveLength(5);
    fireEvent.click(within(group).getByRole("button", { name: "再显示 50 处" }));
    expect(within(group).getAllByTestId("finding-cell")).toHaveLength(50);
    fireEvent.click(within(group).getByRole("button", { name: "再显示 50 处" }));
    expect(within(group).getAllByTestId("finding-cell")).toHaveLength(100);
    fireEvent.click(within(group).getByRole("button", { name: "收起" }));
    expect(within(group).getAllByTestId("finding-cell")).toHaveLength(5);
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("findings of a table read by its own structure are headed so, each rule named in words", () => {
    const footing = { ...many(2)[0], rule: "structure.footing", template: "", cell: "B9", message: { zh: "合计不符", en: "total off" } };
    wrap(<FindingList t={zh} language="zh-CN" findings={[footing, { ...footing, cell: "C9" }]} />);
    expect(screen.getByText("工作簿（按表格自身结构核对）")).toBeTruthy();
    expect(screen.getByTestId("finding-group").textContent).toContain("合计等于各项之和");
  });

  test("a few findings show all at once; a single one is its own card", () => {
    wrap(<FindingList t={zh} language="zh-CN" findings={[...many(12), ...many(1).map((f) => ({ ...f, sheet: "另表" }))]} />);
    fireEvent.click(screen.getByRole("button", { name: "显示全部 12 处" }));
    expect(screen.getAllByTestId("finding-cell")).toHaveLength(12);
    expect(screen.getAllByTestId("finding")).toHaveLength(1);
  });
});

describe("file mode runs in the page's worker", () => {
  const ANJI = fs.readFileSync(path.resolve(__dirname, "../../samples/anji-2021q3.xlsx"));
  const pick = (name: string) => {
    const file = new File([ANJI], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    // jsdom's File may lack arrayBuffer(); the browser's has it.
    if (!file.arrayBuffer)
      Object.defineProperty(file, "arrayBuffer", { value: async () => ANJI.buffer.slice(ANJI.byteOffset, ANJI.byteOffset + ANJI.byteLength) });
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
  };
  afterEach(() => {
    InProcessWorker.hold = false;
    InProcessWorker.started.length = 0;
  });

  test("the result arrives from the worker, which stays for previews until the next file", async () => {
    wrap(<CheckPanel t={zh} language="zh-CN" />);
    pick("anji.xlsx");
    await screen.findByText(/anji\.xlsx · 错误 0，警告 0，提示 0/);
    expect(InProcessWorker.started).toHaveLength(1);
    expect(InProcessWorker.started[0].terminated).toBe(false);
    pick("again.xlsx");
    await screen.findByText(/again\.xlsx · 错误 0/);
    expect(InProcessWorker.started[0].terminated).toBe(true);
  });

  test("Cancel stops the check and shows nothing of it; a new file clears the old results", async () => {
    wrap(<CheckPanel t={zh} language="zh-CN" />);
    pick("first.xlsx");
    await screen.findByText(/first\.xlsx · 错误 0/);
    InProcessWorker.hold = true;
    pick("second.xlsx");
    // The previous file's results are gone as soon as the next one starts.
    await waitFor(() => expect(screen.queryByText(/first\.xlsx · /)).toBeNull());
    fireEvent.click(await screen.findByRole("button", { name: "取消" }));
    expect(await screen.findByText(zh.cancelled)).toBeTruthy();
    const worker = InProcessWorker.started[1];
    expect(worker.terminated).toBe(true);
    worker.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/second\.xlsx · /)).toBeNull();
  });
});

describe("outside Excel a finding opens a preview of its sheet", () => {
  test("a bundled sample: the cell in the middle, outlined; the sheet's other flagged cells marked", async () => {
    wrap(<CheckPanel t={zh} language="zh-CN" />);
    fireEvent.click(screen.getByRole("button", { name: "安龙农商行 2021" }));
    fireEvent.click(await screen.findByRole("button", { name: /错误 7 投融资活动环境影响!B26/ }));
    const preview = await screen.findByTestId("sheet-preview");
    expect(within(preview).getByText("预览 7 投融资活动环境影响!B26")).toBeTruthy();
    expect(within(preview).getByTestId("preview-focus").textContent).toBe("11.04");
    fireEvent.click(within(preview).getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("sheet-preview")).toBeNull();
    // A cell of a grouped card: the other cells the same sheet flags are marked in its window.
    fireEvent.click(screen.getByRole("button", { name: "7 投融资活动环境影响!C6" }));
    const share = await screen.findByTestId("sheet-preview");
    expect(within(share).getByTestId("preview-focus").getAttribute("title")).toMatch(/^C6 /);
    expect(
      within(share)
        .getAllByTestId("preview-flagged")
        .map((c) => c.getAttribute("title")?.split(" ")[0]),
    ).toContain("C8");
  });

  test("a file checked in the worker: the worker keeps the workbook and answers for the preview", async () => {
    wrap(<CheckPanel t={zh} language="zh-CN" />);
    const bytes = fs.readFileSync(path.resolve(__dirname, "../../samples/anlong-2021.xlsx"));
    const file = new File([bytes], "anlong.xlsx");
    if (!file.arrayBuffer)
      Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole("button", { name: /错误 1.2 绿色金融关键指标!C12/ }));
    const preview = await screen.findByTestId("sheet-preview");
    expect(within(preview).getByTestId("preview-focus").textContent).toBe("11.04");
    expect(InProcessWorker.started[InProcessWorker.started.length - 1].terminated).toBe(false);
  });
});
