import { lazy, Suspense, useState } from "react";
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { Language, UI_STRINGS } from "../i18n/ui";
import type { ExcelWorkbook } from "../workbook/excel";
import { CheckPanel } from "./CheckPanel";
import { TemplatesPanel } from "./TemplatesPanel";

// The calculator and what-if panels (and the dropdowns, sliders and tables only they use) load
// when first opened: the pane starts with the check.
const CalculatorPanel = lazy(() => import("./CalculatorPanel").then((m) => ({ default: m.CalculatorPanel })));
const WhatIfPanel = lazy(() => import("./WhatIfPanel").then((m) => ({ default: m.WhatIfPanel })));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "720px" },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1 },
});

type TabId = "check" | "templates" | "calculator" | "whatif";

/** The pane: in Excel `excel` is the workbook adapter; in a plain browser it is absent (file mode). */
export function App({ excel, initialLanguage }: { excel?: ExcelWorkbook; initialLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tab, setTab] = useState<TabId>("check");
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(new Set(["check"]));
  const t = UI_STRINGS[language];
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.page}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" alt="" width={32} height={32} />
          <div className={styles.titles}>
            <Text as="h1" size={500} weight="semibold">
              {t.title}
            </Text>
            <Text size={200}>{t.subtitle}</Text>
          </div>
          <Button appearance="subtle" aria-label={t.languageSwitchLabel} onClick={() => setLanguage(language === "zh-CN" ? "en-US" : "zh-CN")}>
            {t.languageSwitch}
          </Button>
        </header>
        <MessageBar intent="info">
          <MessageBarBody>{excel ? t.modeExcel : t.modeBrowser}</MessageBarBody>
        </MessageBar>
        <TabList
          // Four tabs wrap rather than run past a 380 px pane in English.
          style={{ flexWrap: "wrap" }}
          selectedValue={tab}
          onTabSelect={(_, data) => {
            setTab(data.value as TabId);
            setOpened((before) => new Set(before).add(data.value as TabId));
          }}
        >
          <Tab value="check">{t.tabCheck}</Tab>
          <Tab value="templates">{t.tabTemplates}</Tab>
          <Tab value="calculator">{t.tabCalculator}</Tab>
          <Tab value="whatif">{t.tabWhatIf}</Tab>
        </TabList>
        {/* Panels stay mounted so a check's findings survive a look at the calculator. */}
        <div hidden={tab !== "check"} role="tabpanel">
          <CheckPanel t={t} language={language} excel={excel} />
        </div>
        <div hidden={tab !== "templates"} role="tabpanel">
          <TemplatesPanel t={t} language={language} excel={excel} />
        </div>
        <div hidden={tab !== "calculator"} role="tabpanel">
          {opened.has("calculator") && (
            <Suspense fallback={<Text>{t.loading}</Text>}>
              <CalculatorPanel t={t} language={language} excel={excel} />
            </Suspense>
          )}
        </div>
        <div hidden={tab !== "whatif"} role="tabpanel">
          {opened.has("whatif") && (
            <Suspense fallback={<Text>{t.loading}</Text>}>
              <WhatIfPanel t={t} />
            </Suspense>
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
