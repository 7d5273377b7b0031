/*
 * Builds the add-in into dist/: taskpane.html (shared runtime: the pane and the functions in one
 * page), functions.js, functions.json (generated from JSDoc), functions.zh-CN.json, manifest.xml
 * and assets. `npm start` serves the same on https://localhost:3000.
 *
 *   ADDIN_BASE_URL=https://intranet.example.bank/green-disclosure/ npm run build
 * writes that address into dist/manifest.xml (default: the development address).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

// The translation table is TypeScript; load it the way the CLI does.
require("tsx/cjs/api").register();
const { localizeMetadata } = require("./src/i18n/localize-metadata.ts");
const { FUNCTIONS_ZH_CN } = require("./src/i18n/functions.zh-CN.ts");

const DEV_BASE_URL = "https://localhost:3000/";
const PORT = 3000;

function baseUrlFrom(env) {
  const url = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must be an https:// address (Office loads add-ins only over HTTPS), got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Emits functions.zh-CN.json from the generated functions.json and the translation table. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = compilation.getAsset("functions.json");
        if (!source) return; // metadata generation failed; that error is already reported
        try {
          const localized = localizeMetadata(JSON.parse(source.source.source().toString()), FUNCTIONS_ZH_CN);
          compilation.emitAsset("functions.zh-CN.json", new webpack.sources.RawSource(JSON.stringify(localized, null, 2)));
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(error.message));
        }
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
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
