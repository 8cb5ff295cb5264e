import { readFileSync } from 'node:fs';
import { locales } from '../../src/lib/i18n/locales.ts';
import type { Budget } from './firstVisit.ts';

export interface PageBudget extends Budget {
  /** A representative page of the kind; {locale} is filled in for each locale. */
  path: string;
}

export function readBudgets(): PageBudget[] {
  return JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')).pages;
}

/** Each budgeted page kind in each locale. */
export function budgetedPages(): { budget: PageBudget; locale: string; path: string }[] {
  return readBudgets().flatMap((budget) => locales.map((locale) => ({ budget, locale, path: budget.path.replace('{locale}', locale) })));
}
