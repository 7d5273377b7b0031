import { useState } from "react";
import { Button, Card, CardHeader, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Language, UiStrings } from "../i18n/ui";
import { blankLayout } from "../validation/blank";
import { BUILT_IN_TEMPLATES } from "../validation/templates";
import type { ExcelWorkbook } from "../workbook/excel";
import { download } from "./export";
import { pick } from "../core/messages";

export function TemplatesPanel({ t, language, excel }: { t: UiStrings; language: Language; excel?: ExcelWorkbook }) {
  const [notice, setNotice] = useState<string>();

  async function insert(id: string) {
    const template = BUILT_IN_TEMPLATES.find((x) => x.id === id)!;
    const layout = blankLayout(template, { formulas: true });
    if (excel) {
      setNotice(t.inserted(await excel.addSheet(layout.name, layout)));
    } else {
      const { writeXlsx } = await import("../workbook/xlsx-write");
      download(`${id}.xlsx`, await writeXlsx([layout]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
  }

  return (
    <section aria-label={t.tabTemplates} style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }}>
      <Text>{t.templatesIntro}</Text>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {BUILT_IN_TEMPLATES.map((template) => (
        <Card key={template.id}>
          <CardHeader
            header={<Text weight="semibold">{pick(template.title, language)}</Text>}
            description={
              <Text size={200}>
                {template.source}
                {template.basedOn ? ` · ${pick(template.basedOn, language)}` : ""}
              </Text>
            }
          />
          <Button onClick={() => insert(template.id)}>{excel ? t.insert : t.download}</Button>
        </Card>
      ))}
    </section>
  );
}
