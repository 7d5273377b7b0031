import { useState } from "react";
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { Language, UI_STRINGS } from "../i18n/ui";
import { ElectricityCalculator } from "./ElectricityCalculator";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1 },
});

export function App({ inExcel, initialLanguage }: { inExcel: boolean; initialLanguage: Language }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
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
          <Button appearance="subtle" onClick={() => setLanguage(language === "zh-CN" ? "en-US" : "zh-CN")}>
            {t.languageSwitch}
          </Button>
        </header>
        <MessageBar intent="info">
          <MessageBarBody>{inExcel ? t.modeExcel : t.modeBrowser}</MessageBarBody>
        </MessageBar>
        <ElectricityCalculator t={t} />
      </main>
    </FluentProvider>
  );
}
