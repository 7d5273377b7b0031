import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { blankLayout } from "../../src/validation/blank";
import { BUILT_IN_TEMPLATES } from "../../src/validation/templates";
import { FastXml } from "../../src/workbook/fast-xml";
import { writeXlsx } from "../../src/workbook/xlsx-write";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Events with consecutive text joined: how text arrives is the parser's business. */
function joined(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
    else out.push(e[0] === "text" ? ["text", e[1]] : e);
  }
  return out.filter((e) => !(e[0] === "text" && e[1] === ""));
}

function viaSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("doctype", () => {
    throw new Error("DTD");
  });
  // Text outside the root is only white space, and no handler reads it.
  let depth = 0;
  parser.on("opentag", (t) => (depth++, events.push(["open", local(t.name), t.attributes as Record<string, string>])));
  parser.on("closetag", (t) => (depth--, events.push(["close", local(t.name)])));
  parser.on("text", (t) => depth > 0 && events.push(["text", t]));
  parser.on("cdata", (t) => events.push(["text", t]));
  parser.write(xml).close();
  return joined(events);
}

/** The fast tokenizer, fed in pieces of the given sizes (cycled). */
function viaFast(xml: string, pieces: number[] = [xml.length]): Event[] {
  const events: Event[] = [];
  const parser = new FastXml({
    open: (name, a) => events.push(["open", name, a]),
    close: (name) => events.push(["close", name]),
    text: (t) => events.push(["text", t]),
  });
  for (let i = 0, k = 0; i < xml.length; k++) {
    const size = Math.max(1, pieces[k % pieces.length]);
    parser.write(xml.slice(i, i + size));
    i += size;
  }
  parser.end();
  return joined(events);
}

async function parts(): Promise<[string, string][]> {
  const root = path.resolve(__dirname, "../..");
  const files: [string, Uint8Array][] = [
    ["anlong", new Uint8Array(fs.readFileSync(path.join(root, "samples/anlong-2021.xlsx")))],
    ["kunlun", new Uint8Array(fs.readFileSync(path.join(root, "samples/kunlun-2025q1.xlsx")))],
    ...(await Promise.all(BUILT_IN_TEMPLATES.map(async (t) => [t.id, await writeXlsx([blankLayout(t)])] as [string, Uint8Array]))),
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("x & <y>");
  sheet.getCell("A1").value = { richText: [{ text: 'a "quoted" & <b>' }, { font: { bold: true }, text: "\u4e2d\u6587 ]]>" }] };
  sheet.getCell("A2").value = { formula: 'IF(A1>0,"<",">")', result: "<" };
  files.push(["kinds", new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)]);
  return files.flatMap(([file, bytes]) =>
    Object.entries(unzipSync(bytes))
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, data]) => [`${file}:${name}`, strFromU8(data)] as [string, string]),
  );
}

describe("the fast tokenizer gives saxes's events", () => {
  test("for every part of the samples, the blank templates and a workbook of awkward text, in any chunking", async () => {
    const all = await parts();
    expect(all.length).toBeGreaterThan(50);
    for (const [name, xml] of all) {
      const want = viaSaxes(xml);
      for (const pieces of [[xml.length], [1], [7, 3, 64], [4096]]) expect([name, pieces, viaFast(xml, pieces)]).toEqual([name, pieces, want]);
    }
  });

  test.each([
    `<a x='>' y="&amp;&#x4e2d;&#20013;">t&lt;<![CDATA[<raw> & ]]><!-- c > --><?pi x?>&quot;&apos;</a>`,
    `<?xml version="1.0"?>\n<x:a xmlns:x="u"><x:b  k = "v"/>\r\n</x:a>\n`,
    `<a><b/><b></b>\ttext<c d="1" e="2">&gt;</c></a>`,
  ])("awkward but well-formed: %s", (xml) => {
    for (const pieces of [[xml.length], [1], [2, 5]]) expect(viaFast(xml, pieces)).toEqual(viaSaxes(xml));
  });

  test.each([
    ["mismatched tags", "<a><b></a>"],
    ["an undefined entity", "<a>&foo;</a>"],
    ["a bare &", "<a>a & b</a>"],
    ["a DTD", '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ["an attribute twice", '<a x="1" x="2"/>'],
    ["an unquoted attribute", "<a x=1/>"],
    ["an unclosed element", "<a><b/>"],
    ["text before the root", "text<a/>"],
    ["two roots", "<a/><b/>"],
    ["a < in a value", '<a x="<"/>'],
    ["a character reference to nothing", "<a>&#0;</a>"],
    ["no root at all", "   "],
    ["a tag cut off", "<a><b x="],
  ])("refuses %s, as saxes does", (_, xml) => {
    expect(() => viaSaxes(xml)).toThrow();
    for (const pieces of [[xml.length], [1]]) expect(() => viaFast(xml, pieces)).toThrow();
  });
});
