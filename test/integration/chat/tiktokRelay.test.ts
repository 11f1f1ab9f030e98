import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../../src/shared/comments/comment';
import { mainCaller } from '../../support/callMain';
import { buildServices } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

const relay = join(import.meta.dirname, '../../../docs/tiktok-relay.mjs');

describe('the documented TikTok relay, against the studio’s bridge', () => {
  const dir = makeTempDir('tiktok-relay-');
  const services = buildServices(dir.path);
  afterEach(() => {
    services.close();
    dir.remove();
  });

  it('posts each line it reads as a comment, in order, skipping what is not JSON', async () => {
    const { url, token } = await mainCaller(services)('comments:getIngest');
    const child = spawn(process.execPath, [relay], {
      env: { ...process.env, CROSSLIVE_BRIDGE: url, CROSSLIVE_TOKEN: token },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const lines = [
      { userId: 6987, nickname: 'Mai', comment: 'Có ship về Hà Nội không?', market: 'vn' },
      'not json',
      { userId: 7001, nickname: 'Somchai', comment: 'ส่งกี่วันครับ', market: 'th' },
    ];
    child.stdin.end(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(errors).toContain('not JSON, skipped');
    const stored = (
      services.db.prepare('SELECT document FROM comments ORDER BY at').pluck().all() as string[]
    ).map((json) => JSON.parse(json) as Comment);
    expect(stored.map((c) => [c.source, c.author.id, c.author.name, c.market, c.text])).toEqual([
      ['bridge', 'tiktok:6987', 'Mai', 'vn', 'Có ship về Hà Nội không?'],
      ['bridge', 'tiktok:7001', 'Somchai', 'th', 'ส่งกี่วันครับ'],
    ]);
  });
});
