import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/** The address a bank would host dist/ at: the build test checks the manifest points there. */
export const TEST_BASE_URL = "https://green.intranet.example-bank.cn/addins/green-disclosure/";

/** One production build for every test that needs dist/ (the build checks and the browser test). */
export default function globalSetup(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gd-dist-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outDir=${out}`], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, ADDIN_BASE_URL: TEST_BASE_URL },
    stdio: "pipe",
  });
  process.env.GD_BUILD_DIR = out;
}
