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
  related: string[];
  /** The rule kind that made it, where findings of one kind are treated together (sums). Not part of the output. */
  kind?: string;
}

/** Significant digits for messages: enough to see the difference, not the float noise. */
export function show(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (Math.abs(value) >= 1e6) return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return String(Number(value.toPrecision(6)));
}

export function showPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return `${Number((value * 100).toPrecision(6))}%`;
}

/** An allowed difference needs only its first digits. */
export function showTolerance(value: number, percent: boolean): string {
  const rounded = Number(value.toPrecision(2));
  return percent ? `${Number((rounded * 100).toPrecision(2))}%` : String(rounded);
}
