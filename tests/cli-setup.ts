import { execFileSync } from "child_process";
import path from "path";

/** The CLI bundle that `npm ci` builds, so tests that spawn bin/green-disclosure.js run what users run. */
export default function cliSetup(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, "../scripts/build-cli.js")], { stdio: "pipe" });
}
