import type { Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import type { IncomingComment } from '../../src/shared/comments/comment';
import type { Studio } from '../e2e/harness/fixtures';
import { silkScarf } from '../support/products';

/** Questions from five markets, as the guide shows them. */
const questions: (IncomingComment & { market: string })[] = [
  {
    source: 'livekit',
    authorId: 'v-lucia',
    authorName: 'Lucía',
    market: 'mx',
    text: '¿Cuánto cuesta el envío a México?',
  },
  { source: 'livekit', authorId: 'v-joao', authorName: 'João', market: 'br', text: 'Tem garantia?' },
  { source: 'livekit', authorId: 'v-noura', authorName: 'نورة', market: 'sa', text: 'هل يوجد ضمان؟' },
  { source: 'livekit', authorId: 'v-ann', authorName: 'Ann', market: 'us-east', text: 'Is it real silk?' },
  { source: 'livekit', authorId: 'v-budi', authorName: 'Budi', market: 'id', text: 'Ada diskon hari ini?' },
  {
    source: 'livekit',
    authorId: 'v-carlos',
    authorName: 'Carlos',
    market: 'mx',
    text: '¿Cuánto cuesta el envío a México?',
  },
];

/** A studio set up as for a show: a product, a scene with camera, card and lower third, questions, a session. */
export async function prepareSampleShow(studio: Studio, zone: string): Promise<void> {
  const { page, services } = studio;
  services.catalog.save(silkScarf);
  services.settings.update({ hostDisplayName: 'Li Na', viewerMarkets: ['br', 'mx', 'sa', 'id', 'us-east'] });
  const today = Temporal.Now.plainDateISO(zone);
  services.schedule.saveSession({
    id: 'guide-session',
    title: 'Silk scarves live',
    start: today.add({ days: 1 }).toZonedDateTime({ timeZone: zone, plainTime: '09:00' }).epochMilliseconds,
    durationMinutes: 90,
    markets: ['br', 'mx'],
    productIds: [silkScarf.id],
    sceneIds: [],
    languages: ['es', 'pt'],
    reminderMinutes: 15,
    notes: '',
  });
  await page.reload();
  for (const kind of ['camera', 'productCard', 'lowerThird']) await addSource(page, kind);
  await page
    .getByRole('combobox')
    .filter({ has: page.locator('option[value="br"]') })
    .first()
    .selectOption('br');
  // Take the prepared scene to air: preview and program both show it.
  await page.keyboard.press('c');
  for (const question of questions) services.comments.ingest(question);
}

async function addSource(page: Page, kind: string): Promise<void> {
  await page.locator('[aria-labelledby="sources-heading"] .panel__header select').selectOption(kind);
}
