import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { openDatabase, type StudioDatabase } from '../../../../src/main/services/store/database';
import { YoutubeQuota, youtubeCosts } from '../../../../src/main/services/chat/youtube/youtubeQuota';
import { makeTempDir } from '../../../support/tempDir';

describe('the YouTube quota ledger', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let db: StudioDatabase;
  let now = 0;
  beforeEach(() => {
    dir = makeTempDir('quota-');
    db = openDatabase(`${dir.path}/studio.sqlite`, createMemoryLogger());
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('resets at midnight Pacific time, daylight saving included', () => {
    const quota = new YoutubeQuota(
      db,
      () => 10_000,
      () => now,
    );
    // 1 July, 10:00 UTC = 03:00 PDT (UTC−7): resets at 07:00 UTC on 2 July.
    now = Date.UTC(2026, 6, 1, 10);
    expect(quota.resetsAt()).toBe(Date.UTC(2026, 6, 2, 7));
    // 1 December, 10:00 UTC = 02:00 PST (UTC−8): resets at 08:00 UTC on 2 December.
    now = Date.UTC(2026, 11, 1, 10);
    expect(quota.resetsAt()).toBe(Date.UTC(2026, 11, 2, 8));
  });

  it('counts per Pacific day and starts the next day at zero', () => {
    const quota = new YoutubeQuota(
      db,
      () => 10_000,
      () => now,
    );
    now = Date.UTC(2026, 11, 1, 7, 59); // 23:59 PST on 30 November
    quota.spend(300);
    expect(quota.used()).toBe(300);
    now = Date.UTC(2026, 11, 1, 8, 1); // 00:01 PST on 1 December
    expect(quota.used()).toBe(0);
    quota.spend(youtubeCosts.messagesList);
    expect(quota.used()).toBe(5);
  });

  it('paces polls so the rest lasts the show, keeping units back for replies', () => {
    const quota = new YoutubeQuota(
      db,
      () => 10_000,
      () => now,
    );
    now = Date.UTC(2026, 11, 1, 12); // 04:00 PST: 20 h to the reset, so the 4-hour horizon binds
    // 10,000 less 1,000 kept for replies = 1,800 polls over 4 h: one each 8 s.
    expect(quota.figures().pollMs).toBe(8000);
    quota.spend(4500);
    expect(quota.figures().pollMs).toBe(Math.ceil((4 * 3600_000) / 900));
    expect(quota.allows(5, quota.replyReserve())).toBe(true);
    quota.spend(4496);
    expect(quota.allows(5, quota.replyReserve())).toBe(false);
    // Replies may still spend the reserve.
    expect(quota.allows(youtubeCosts.messagesInsert)).toBe(true);
    // Google said it is gone: the ledger agrees for the rest of the day.
    quota.exhausted();
    expect(quota.used()).toBe(10_000);
    expect(quota.figures().pollMs).toBe(quota.resetsAt() - now);
  });
});
