import { distance } from "fastest-levenshtein";

/**
 * Name matching for user-typed keys (regions, fuels, units): full-width/half-width, case,
 * spaces and common suffixes are ignored, so 贵州, 贵州省, "Guizhou" and "ＧＵＩＺＨＯＵ" all match.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-–—·.()（）]/g, "");
}

export class NameIndex<T> {
  private readonly byName = new Map<string, T>();
  /** The names shown to users when a lookup fails, in a stable order. */
  readonly displayNames: string[] = [];

  constructor(private readonly strip: (normalized: string) => string = (s) => s) {}

  add(value: T, displayName: string, aliases: readonly string[] = []): this {
    this.displayNames.push(displayName);
    for (const name of [displayName, ...aliases]) {
      this.byName.set(this.key(name), value);
    }
    return this;
  }

  private key(name: string): string {
    return this.strip(normalizeName(name));
  }

  get(name: string): T | undefined {
    const normalized = normalizeName(name);
    return this.byName.get(normalized) ?? this.byName.get(this.strip(normalized));
  }

  /** Up to `count` known names closest to `name`, for "did you mean" messages. */
  closest(name: string, count = 3): string[] {
    const key = this.key(name);
    const scored = [...this.byName.keys()].map((known) => ({ known, score: distance(key, known) }));
    scored.sort((a, b) => a.score - b.score);
    const values = new Set<T>();
    const result: string[] = [];
    for (const { known } of scored) {
      const value = this.byName.get(known)!;
      if (values.has(value)) continue;
      values.add(value);
      const display = this.displayNames.find((d) => this.byName.get(this.key(d)) === value);
      if (display) result.push(display);
      if (result.length === count) break;
    }
    return result;
  }
}
