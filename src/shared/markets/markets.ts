/**
 * The viewer markets a host sells to. Each fixes how prices read (locale and
 * currency), which language overlays speak, and (for scheduling) its time zone.
 * Country names come from Intl.DisplayNames in the UI language, not from here.
 */
export const overlayLanguages = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'id',
  'ms',
  'th',
  'vi',
  'ar',
  'ja',
  'zh',
] as const;
export type OverlayLanguage = (typeof overlayLanguages)[number];

export interface Market {
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** For markets split by coast, which part. */
  area?: 'east' | 'west';
  /** BCP 47 locale for numbers, prices and dates. */
  locale: string;
  language: OverlayLanguage;
  /** ISO 4217. */
  currency: string;
  /** IANA time zone of the market's buyers. */
  timeZone: string;
}

export const markets = [
  {
    id: 'us-east',
    country: 'US',
    area: 'east',
    locale: 'en-US',
    language: 'en',
    currency: 'USD',
    timeZone: 'America/New_York',
  },
  {
    id: 'us-west',
    country: 'US',
    area: 'west',
    locale: 'en-US',
    language: 'en',
    currency: 'USD',
    timeZone: 'America/Los_Angeles',
  },
  { id: 'uk', country: 'GB', locale: 'en-GB', language: 'en', currency: 'GBP', timeZone: 'Europe/London' },
  { id: 'de', country: 'DE', locale: 'de-DE', language: 'de', currency: 'EUR', timeZone: 'Europe/Berlin' },
  { id: 'fr', country: 'FR', locale: 'fr-FR', language: 'fr', currency: 'EUR', timeZone: 'Europe/Paris' },
  { id: 'es', country: 'ES', locale: 'es-ES', language: 'es', currency: 'EUR', timeZone: 'Europe/Madrid' },
  {
    id: 'br',
    country: 'BR',
    locale: 'pt-BR',
    language: 'pt',
    currency: 'BRL',
    timeZone: 'America/Sao_Paulo',
  },
  {
    id: 'mx',
    country: 'MX',
    locale: 'es-MX',
    language: 'es',
    currency: 'MXN',
    timeZone: 'America/Mexico_City',
  },
  { id: 'id', country: 'ID', locale: 'id-ID', language: 'id', currency: 'IDR', timeZone: 'Asia/Jakarta' },
  {
    id: 'my',
    country: 'MY',
    locale: 'ms-MY',
    language: 'ms',
    currency: 'MYR',
    timeZone: 'Asia/Kuala_Lumpur',
  },
  { id: 'ph', country: 'PH', locale: 'en-PH', language: 'en', currency: 'PHP', timeZone: 'Asia/Manila' },
  { id: 'th', country: 'TH', locale: 'th-TH', language: 'th', currency: 'THB', timeZone: 'Asia/Bangkok' },
  { id: 'vn', country: 'VN', locale: 'vi-VN', language: 'vi', currency: 'VND', timeZone: 'Asia/Ho_Chi_Minh' },
  { id: 'sa', country: 'SA', locale: 'ar-SA', language: 'ar', currency: 'SAR', timeZone: 'Asia/Riyadh' },
  { id: 'ae', country: 'AE', locale: 'ar-AE', language: 'ar', currency: 'AED', timeZone: 'Asia/Dubai' },
  { id: 'jp', country: 'JP', locale: 'ja-JP', language: 'ja', currency: 'JPY', timeZone: 'Asia/Tokyo' },
  { id: 'au', country: 'AU', locale: 'en-AU', language: 'en', currency: 'AUD', timeZone: 'Australia/Sydney' },
] as const satisfies readonly Market[];

export type MarketId = (typeof markets)[number]['id'];

export const marketIds = markets.map((m) => m.id) as [MarketId, ...MarketId[]];

export function marketById(id: MarketId): Market {
  const market = markets.find((m) => m.id === id);
  if (!market) throw new Error(`unknown market ${id}`);
  return market;
}
