/** Text in both languages the product speaks; every layer keeps user-facing text this way. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = "zh-CN" | "en-US";

/** The text of a bilingual message in the reader's language. */
export function pick(text: Bilingual, lang: Lang): string {
  return lang === "en-US" ? text.en : text.zh;
}

/** Bilingual message text for errors: Chinese first, then English, as users read them. */
export function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

export function listNames(names: readonly string[]): string {
  return names.join(", ");
}

/** A catalog message (./error-messages) as error text: Chinese first, then English. */
export function say(message: Bilingual): string {
  return bilingual(message.zh, message.en);
}
