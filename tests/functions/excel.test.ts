import { runForExcel } from "../../src/functions/excel";
import { CATALOG } from "../../src/functions/catalog";

/** Minimal stand-in for the custom-functions runtime's error class. */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

test("errors become CustomFunctions.Error with the message; values pass through", () => {
  const result = runForExcel(CATALOG.get("CO2_FROM_ELECTRICITY")!, [[[602333], [-1], [1000]], [["南方"], ["南方"], ["火星"]], [[2012]], null]);
  expect(result[0][0]).toBeCloseTo(317.4897243, 10);
  expect(result[1][0]).toEqual(new FakeExcelError("#VALUE!", expect.stringContaining("kwh")));
  expect(result[2][0]).toEqual(new FakeExcelError("#N/A", expect.stringContaining("火星")));
});
