import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { RendererLog } from '../../../../src/main/logging/rendererLog';
import { rendererLogLineSchema } from '../../../../src/shared/logging/rendererLogLine';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

describe('the renderer’s log in main.log', () => {
  it('arrives over log:write, scoped to the renderer part it came from', async () => {
    const dir = makeTempDir();
    const services = buildServices(dir.path);
    try {
      const line = { level: 'info', scope: 'live', message: 'show live', fields: { from: 'connecting' } };
      expect(await services.router.dispatch(trustedSender, 'log:write', line)).toEqual({
        ok: true,
        value: undefined,
      });
      expect(services.logger.entries).toContainEqual({
        level: 'info',
        scope: 'renderer.live',
        message: 'show live',
      });
      // Not a way to forge main's own lines, or to write a book.
      for (const bad of [
        { ...line, fields: { level: 'error' } },
        { ...line, scope: 'Main Process' },
        { ...line, message: 'x'.repeat(301) },
        { ...line, level: 'debug' },
        { ...line, fields: Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`f${i}`, i])) },
      ]) {
        expect(await services.router.dispatch(trustedSender, 'log:write', bad)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_PAYLOAD' },
        });
      }
    } finally {
      services.close();
      dir.remove();
    }
  });

  it('writes at most so many lines a minute, and says how many it dropped', () => {
    const logger = createMemoryLogger();
    let now = 0;
    const log = new RendererLog(logger, () => now, 3);
    const line = rendererLogLineSchema.parse({ level: 'warn', scope: 'window', message: 'uncaught error' });
    for (let i = 0; i < 10; i++) log.write(line);
    expect(logger.entries.filter((e) => e.message === 'uncaught error')).toHaveLength(3);
    now = 60_000;
    log.write(line);
    expect(logger.entries.slice(-2)).toEqual([
      { level: 'warn', scope: '', message: 'renderer log lines dropped' },
      { level: 'warn', scope: 'window', message: 'uncaught error' },
    ]);
  });
});
