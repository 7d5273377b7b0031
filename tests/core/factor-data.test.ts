import { spawnSync } from "child_process";
import path from "path";
import data from "../../data/factors.json";
import { chooseDefault, defaultRecord, editionsOf, FactorKind, factorRecord, factorRows, keysOf, SOURCES } from "../../src/core/factors/data";
import { DEFAULTABLE, FactorRecord, Verification } from "../../src/core/factors/types";

const KINDS = Object.keys(data.editions) as FactorKind[];
const MARKS: Verification[] = ["verified", "verified-secondary", "derived", "unverified"];

describe("data/factors.json is well formed", () => {
  test("every record names a known kind, one of its editions, a known source, a mark, and an exact decimal", () => {
    expect(factorRows().length).toBeGreaterThan(200);
    for (const row of factorRows()) {
      const where = `${row.kind} ${row.key} ${row.part ?? ""} ${row.edition}`;
      expect([where, KINDS.includes(row.kind)]).toEqual([where, true]);
      expect([where, editionsOf(row.kind).includes(row.edition)]).toEqual([where, true]);
      expect([where, SOURCES[row.source] !== undefined]).toEqual([where, true]);
      expect(MARKS).toContain(row.mark);
      expect(row.value).toMatch(/^\d+(\.\d+)?$/);
      expect(row.unit.trim()).not.toBe("");
    }
  });

  test("one record per kind, key, part and edition", () => {
    const ids = factorRows().map((r) => `${r.kind}|${r.key}|${r.part ?? ""}|${r.edition}`);
    expect(ids.length).toBe(new Set(ids).size);
  });

  test("each kind's named default is one of its editions, and every edition has records", () => {
    for (const kind of KINDS) {
      expect(editionsOf(kind)).toContain(data.defaults[kind]);
      for (const edition of editionsOf(kind)) expect(factorRows(kind).some((r) => r.edition === edition)).toBe(true);
    }
  });

  test("every source is an official document with its issuer, and says which copies it was checked against", () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect([id, source.issuer.length > 3, source.document.length > 3, source.via.length > 3]).toEqual([id, true, true, true]);
      if (source.date) expect(source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe("one default policy for every kind", () => {
  const rec = (verification: Verification): FactorRecord => ({
    value: "1",
    unit: "u",
    verification,
    edition: "",
    citation: { issuer: "x", document: "x", via: "x" },
    csv: { category: "", key: "", region: "", year: "" },
  });
  const table: Record<string, FactorRecord | undefined> = {
    "2025": rec("verified"),
    "2024": rec("unverified"),
    "2023": rec("verified-secondary"),
    "2022": rec("derived"),
  };
  const editions = ["2025", "2024", "2023", "2022", "2021"];
  const recordsOf = (e: string) => [table[e]];

  test("the named default edition when its record is usable", () => {
    expect(chooseDefault(editions, "2023", recordsOf)).toBe("2023");
  });

  test("an unverified record is skipped for the next older usable edition; a newer edition is never taken", () => {
    expect(chooseDefault(editions, "2024", recordsOf)).toBe("2023");
    expect(chooseDefault(["2025", "2024"], "2024", recordsOf)).toBeUndefined();
  });

  test("an edition that lacks the key, or lacks one of its parts, is skipped", () => {
    expect(chooseDefault(editions, "2021", recordsOf)).toBeUndefined();
    expect(chooseDefault(editions, "2022", (e) => [table[e], e === "2022" ? undefined : rec("verified")])).toBeUndefined();
  });

  test("no default anywhere in the data is unverified, and none is newer than its kind's named default", () => {
    let checked = 0;
    for (const kind of KINDS) {
      const parts = [...new Set(factorRows(kind).map((r) => r.part))];
      for (const key of keysOf(kind)) {
        for (const part of parts) {
          const record = defaultRecord(kind, key, part);
          if (!record) continue;
          checked++;
          expect([kind, key, DEFAULTABLE.has(record.verification)]).toEqual([kind, key, true]);
          expect(editionsOf(kind).indexOf(record.edition)).toBeGreaterThanOrEqual(editionsOf(kind).indexOf(data.defaults[kind]));
          expect(factorRecord(kind, key, record.edition, part)).toBe(record);
        }
      }
    }
    expect(checked).toBeGreaterThan(90);
  });
});

test("README's edition table and docs/FACTORS.md are generated from the data (npm run docs:factors)", () => {
  const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), path.resolve(__dirname, "../../scripts/factor-docs.ts"), "--check"], {
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});
