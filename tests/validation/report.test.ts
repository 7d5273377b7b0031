import { validate } from "../../src/validation/engine";
import { pick } from "../../src/core/messages";
import { joinList, reportNumber, validationReport } from "../../src/validation/report";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { sheet, workbook } from "../helpers/sheets";

describe("the report every consumer prints", () => {
  test("figures carry no float noise", () => {
    expect(reportNumber(0.1 + 0.2)).toBe(0.3);
    expect(reportNumber(0.0001000000000000001)).toBe(0.0001);
    expect(reportNumber(null)).toBeNull();
  });

  test("one language throughout: messages, table titles, check titles and reasons", () => {
    const result = validate(
      workbook(
        sheet("指标", [["绿色金融关键指标"], ["指标", "数值"], ["贷款规模合计", "=46.4919"], ["绿色信贷余额", "=0.5549"], ["绿色信贷余额占比", "%1.19"]]),
      ),
      BUILT_IN_TEMPLATES,
    );
    const en = validationReport("x.xlsx", result, "en-US");
    expect(en.tables[0].table).toBe("Green-loan key indicators");
    const notRun = en.tables[0].checks.find((c) => c.state === "not-run")!;
    expect(notRun.reason).toBe('no "all loans" row');
    // English throughout, but for the Chinese term of a template row named beside it in brackets.
    expect(en.findings.map((f) => f.message.replace(/\([^)]*\)/g, "")).join(" ")).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = validationReport("x.xlsx", result, "zh-CN");
    expect(zh.tables[0].table).toBe("绿色信贷关键指标");
    expect(zh.summary).toMatchObject({ checksNotRun: 1 });
  });

  test("pick and joinList follow the language", () => {
    expect(pick({ zh: "总量", en: "total" }, "zh-CN")).toBe("总量");
    expect(joinList(["a", "b"], "en-US")).toBe("a, b");
    expect(joinList(["甲", "乙"], "zh-CN")).toBe("甲、乙");
  });
});
