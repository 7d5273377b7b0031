import type { Bilingual, Severity } from "./model";

/** What a reviewer acts on: which rule, where, what was reported and what was expected. */
export interface Finding {
  /** Stable id: `<template>.<rule>` or a generic check such as `cell.text-in-number`. */
  rule: string;
  severity: Severity;
  /** Template id of the table the finding belongs to. */
  template: string;
  sheet: string;
  /** A1 address of the reported value. */
  cell: string;
  message: Bilingual;
  expected: number | null;
  actual: number | null;
  /** The allowed difference: half a unit of each printed value involved, summed. */
  tolerance: number | null;
  /** The unit of `expected` and `actual` (both in it): 万元, t, kWh, "fraction" for percentages, t/t for a ratio. */
  unit?: string | null;
  related: string[];
  /** The rule kind that made it, where findings of one kind are treated together (sums). Not part of the output. */
  kind?: string;
}

/**
 * A figure as a finance reader reads it: thousands separators (278,943.94; 1,597,767.45), six
 * significant digits below a thousand, never float noise. `decimals`: exactly that many decimals.
 */
export function show(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined) return "—";
  if (decimals !== undefined) return formatter(decimals, decimals).format(value);
  if (Math.abs(value) >= 1000) return formatter(0, 2).format(value);
  return String(Number(value.toPrecision(6)));
}

/** One formatter per precision: toLocaleString builds a new one on every call, and a report formats thousands of figures. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

export function showPercent(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined) return "—";
  if (decimals !== undefined) return `${show(value * 100, decimals)}%`;
  return `${Number((value * 100).toPrecision(6))}%`;
}

/** A difference with its sign: +0.51 or −0.51 (a true minus sign). */
export function showSigned(value: number, decimals: number, percent: boolean): string {
  const text = show(Math.abs(value) * (percent ? 100 : 1), decimals);
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${text}${percent ? " pp" : ""}`;
}

/** An allowed difference needs only its first digits. */
export function showTolerance(value: number, percent: boolean): string {
  const rounded = Number(value.toPrecision(2));
  return percent ? `${Number((rounded * 100).toPrecision(2))}%` : String(rounded);
}
