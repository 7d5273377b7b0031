import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLanguage } from "../i18n/ui";
import { createExcelWorkbook } from "../workbook/excel";

function start(inExcel: boolean, displayLanguage: string | undefined): void {
  const root = createRoot(document.getElementById("root")!);
  root.render(<App excel={inExcel ? createExcelWorkbook() : undefined} initialLanguage={pickLanguage(displayLanguage)} />);
}

// Outside Office (a plain browser, or office.js unreachable) the page works in file mode.
if (typeof Office !== "undefined") {
  Office.onReady((info) => start(info.host === Office.HostType.Excel, Office.context?.displayLanguage ?? navigator.language));
} else {
  start(false, navigator.language);
}
