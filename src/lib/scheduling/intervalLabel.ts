import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

const minute = 60_000;
const units = [
  { unit: 'year', ms: 365 * 24 * 60 * minute },
  { unit: 'month', ms: 30 * 24 * 60 * minute },
  { unit: 'day', ms: 24 * 60 * minute },
  { unit: 'hour', ms: 60 * minute },
  { unit: 'minute', ms: minute },
] as const;

/**
 * An interval as the answer buttons show it ("10 min", "3 days", "۴ روز"): the largest unit
 * that fits, in the locale's words and digits, one decimal above a day where it helps.
 */
export function intervalLabel(locale: Locale, ms: number): string {
  const { unit, ms: size } = units.find((u) => ms >= u.ms) ?? units[units.length - 1];
  const value = Math.max(ms / size, unit === 'minute' ? 1 : 0);
  const digits = unit === 'minute' || unit === 'hour' || unit === 'day' ? 0 : 1;
  return formatNumber(locale, digits === 0 ? Math.round(value) : value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits });
}
