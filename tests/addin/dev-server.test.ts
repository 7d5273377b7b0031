import { ChildProcess, spawn } from "child_process";
import https from "https";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 3917; // not 3000, so a developer's running `npm start` does not collide

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start (webpack-dev-server over HTTPS)", () => {
  let server: ChildProcess;
  let output = "";

  beforeAll(async () => {
    server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--env", `port=${PORT}`], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not compile in time:\n${output}`)), 120000);
      const poll = setInterval(() => {
        if (/compiled successfully/.test(output)) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
        if (server.exitCode !== null) {
          clearInterval(poll);
          clearTimeout(timer);
          reject(new Error(`dev server exited:\n${output}`));
        }
      }, 200);
    });
  }, 130000);

  afterAll(() => {
    server?.kill();
  });

  test("prints how to sideload", () => {
    expect(output).toContain("Excel on the web");
    expect(output).toContain("Upload My Add-in");
    expect(output).toContain("Trusted Add-in Catalogs");
  });

  test("serves the pane, the functions metadata (both languages) and the manifest", async () => {
    for (const file of ["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json", "manifest.xml", "assets/icon-32.png"]) {
      const res = await get(`https://localhost:${PORT}/${file}`);
      expect(`${file} ${res.status}`).toBe(`${file} 200`);
    }
    const html = (await get(`https://localhost:${PORT}/taskpane.html`)).body;
    expect(html).toContain("functions.js");
  });
});
