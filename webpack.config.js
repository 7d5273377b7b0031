/*
 * Builds the add-in into dist/: taskpane.html (shared runtime: the pane and the functions in one
 * page), functions.js, functions.json and functions.zh-CN.json (generated from the function specs in
 * src/core/specs), manifest.xml, sbom.cdx.json (what ships, for a security review)
 * and assets. `npm start` serves the same on https://localhost:3000.
 *
 *   ADDIN_BASE_URL=https://intranet.example.bank/green-disclosure/ npm run build
 * writes that address into dist/manifest.xml (default: the development address).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

// The function specs are TypeScript; load them the way the CLI does.
require("tsx/cjs/api").register();
const { functionsMetadata } = require("./src/functions/metadata.ts");

const DEV_BASE_URL = "https://localhost:3000/";
const PORT = 3000;

function baseUrlFrom(env) {
  const url = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// address (Office loads add-ins only over HTTPS), got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Emits Excel's functions metadata, English and Chinese, from the function specs. */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [file, lang] of [
          ["functions.json", "en-US"],
          ["functions.zh-CN.json", "zh-CN"],
        ]) {
          compilation.emitAsset(file, new webpack.sources.RawSource(JSON.stringify(functionsMetadata(lang), null, 2)));
        }
      });
    });
  }
}

/**
 * Writes dist/sbom.cdx.json, a CycloneDX bill of materials of what ships: the packages an install
 * without development dependencies holds (npm sbom --omit dev), and every package the pane's bundle
 * carries, found from the modules webpack put in it. A bank's security team scans this file offline.
 */
class SbomPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("Sbom", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "Sbom", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const bundled = new Map();
        for (const module of compilation.modules) {
          const resource = module.resource || (module.rootModule && module.rootModule.resource);
          const match = resource && resource.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/);
          if (!match) continue;
          const name = match[1].replace(/\\/g, "/");
          if (bundled.has(name)) continue;
          const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", name, "package.json"), "utf8"));
          bundled.set(name, manifest.version);
        }
        const npm = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["sbom", "--omit", "dev", "--sbom-format", "cyclonedx"], {
          cwd: __dirname,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        if (npm.status !== 0) {
          compilation.errors.push(new webpack.WebpackError(`npm sbom failed: ${(npm.stderr || npm.error || "").toString().split("\n")[0]}`));
          return;
        }
        const bom = JSON.parse(npm.stdout);
        const known = new Set(bom.components.map((c) => `${c.name}@${c.version}`));
        for (const [name, version] of [...bundled].sort()) {
          if (known.has(`${name}@${version}`)) continue;
          bom.components.push({ type: "library", name, version, purl: `pkg:npm/${name.replace("@", "%40")}@${version}`, "bom-ref": `${name}@${version}` });
        }
        bom.metadata.properties = [{ name: "green-disclosure:pane-bundle", value: [...bundled].map(([n, v]) => `${n}@${v}`).join(" ") }];
        compilation.emitAsset("sbom.cdx.json", new webpack.sources.RawSource(JSON.stringify(bom, null, 2)));
      });
    });
  }
}

/** HTTPS for the dev server: Office dev certificates if installed, else a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    return { type: "https", options };
  }
  return "https"; // webpack-dev-server generates a self-signed certificate
}

function sideloadHelp(url) {
  return [
    "",
    `Green Disclosure is served at ${url}taskpane.html`,
    "Sideload the add-in (manifest: ./manifest.xml):",
    "  Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in > choose manifest.xml.",
    "  Windows: share a folder holding manifest.xml, add it under File > Options > Trust Center > Trusted Add-in Catalogs",
    "           (check 'Show in Menu'), restart Excel, then Home > Add-ins > Shared Folder.",
    "  Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.",
    "The browser may warn about the self-signed certificate: open the address once and accept it.",
    "",
  ].join("\n");
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const baseUrl = baseUrlFrom(env);
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    optimization: {
      // The pane and the functions share one runtime page: code they both use (core, decimal.js)
      // is loaded once, in shared.js, instead of twice.
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true },
        },
      },
    },
    plugins: [
      new FunctionsMetadataPlugin(),
      ...(dev ? [] : [new SbomPlugin()]),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().replaceAll(DEV_BASE_URL, baseUrl) },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: Number(env.port) || PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: false },
      onListening: () => console.log(sideloadHelp(DEV_BASE_URL)),
    },
  };
};
