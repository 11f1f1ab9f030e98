import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDateTime, formatNumber } from '../../../src/shared/i18n/format';

// Real Intl data, no fixed strings of our own: each expectation is what a reader
// of that locale sees.
describe('formatting through Intl', () => {
  it('writes money the way each market reads it', () => {
    expect(formatCurrency(1299.5, 'USD', 'en')).toBe('$1,299.50');
    expect(formatCurrency(1299.5, 'BRL', 'pt-BR')).toMatch(/^R\$\s1\.299,50$/);
    expect(formatCurrency(1299.5, 'EUR', 'es')).toMatch(/^1299,50\s€$/);
    expect(formatCurrency(129900, 'IDR', 'id')).toMatch(/^Rp\s129\.900$/);
    expect(formatCurrency(1299.5, 'CNY', 'zh-CN')).toBe('¥1,299.50');
  });

  it('follows the regional digits of Arabic locales', () => {
    expect(formatNumber(1234, 'ar-EG')).toBe('١٬٢٣٤');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('formats a date in the given time zone', () => {
    const instant = new Date(Date.UTC(2026, 2, 29, 1, 30));
    expect(formatDateTime(instant, 'en', 'Europe/Madrid')).toContain('3:30');
    expect(formatDateTime(instant, 'en', 'America/New_York')).toContain('9:30');
  });
});
