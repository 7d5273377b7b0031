import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

/** Microsoft's manifest schemas, kept in the project (schemas/office-addin-manifest/README.md says what was corrected). */
const SCHEMA_DIR = path.resolve(__dirname, "../../schemas/office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Validates a manifest offline against the XSDs (libxml2 compiled to wasm). */
export async function validateManifest(xml: string) {
  const others = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: fs.readFileSync(path.join(SCHEMA_DIR, MAIN_SCHEMA), "utf8") }],
    preload: others.map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8") })),
  });
}

/** Every https address in a manifest. */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
}
