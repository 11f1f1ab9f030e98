/**
 * Locale-aware formatting through Intl only: the UI never formats numbers,
 * money or dates by hand. Formatters are cached because constructing Intl
 * objects costs far more than using them.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

export function formatNumber(value: number, locale: string): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Formats money in `currency` (ISO 4217) the way readers of `locale` expect. */
export function formatCurrency(amount: number, currency: string, locale: string): string {
  return cached(
    `c|${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  ).format(amount);
}

export function formatDateTime(date: Date, locale: string, timeZone?: string): string {
  return cached(
    `d|${locale}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(date);
}

export function formatTime(date: Date, locale: string, timeZone?: string): string {
  return cached(
    `t|${locale}|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }),
  ).format(date);
}
