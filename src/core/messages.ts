/** Bilingual message text for errors: Chinese first, then English, as users read them. */
export function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

export function listNames(names: readonly string[]): string {
  return names.join(", ");
}
