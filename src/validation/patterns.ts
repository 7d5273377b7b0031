import { RE2JS } from "re2js";

/**
 * Template patterns as matchers. The built-in templates' patterns are ours, reviewed, and run on the
 * native engine; any other pattern (a bank's own template file) runs on RE2, whose time is linear in
 * the text whatever the pattern, so no pattern can hang a check.
 */
export interface Pattern {
  test(text: string): boolean;
  /** Length of the first match, or -1 without one. */
  matchLength(text: string): number;
}

const TRUSTED = new Set<string>();

/** Marks the built-in templates' patterns as safe for the native engine. */
export function trustPatterns(patterns: Iterable<string>): void {
  for (const p of patterns) TRUSTED.add(p);
}

function native(source: string, flags: string): Pattern {
  const regex = new RegExp(source, flags);
  return {
    test: (text) => regex.test(text),
    matchLength: (text) => text.match(regex)?.[0].length ?? -1,
  };
}

/** JavaScript's \uXXXX escapes in RE2's spelling, \x{XXXX} (an escaped backslash stays as it is). */
function forRe2(source: string): string {
  return source.replace(/(^|[^\\])((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, "$1$2\\x{$3}");
}

function linear(source: string, ignoreCase: boolean): Pattern {
  const regex = RE2JS.compile(forRe2(source), ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  return {
    test: (text) => regex.test(text),
    matchLength: (text) => {
      const m = regex.matcher(text);
      return m.find() ? m.end() - m.start() : -1;
    },
  };
}

const CACHE = { i: new Map<string, Pattern>(), "": new Map<string, Pattern>() };

/** A pattern compiled once (a ledger tests it against every row). */
export function compilePattern(source: string, flags: "i" | "" = "i"): Pattern {
  const cache = CACHE[flags];
  let compiled = cache.get(source);
  if (!compiled) cache.set(source, (compiled = TRUSTED.has(source) ? native(source, flags) : linear(source, flags === "i")));
  return compiled;
}

/** Why a template's pattern cannot be used, or undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    new RegExp(source);
  } catch {
    return "is not a valid regular expression";
  }
  try {
    RE2JS.compile(forRe2(source), RE2JS.CASE_INSENSITIVE);
    return undefined;
  } catch (error) {
    return `is not a pattern the checker can run in linear time (${(error as Error).message.split("\n")[0]}); write it without look-around or back-references`;
  }
}
