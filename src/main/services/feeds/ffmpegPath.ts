import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which ffmpeg runs the feeds: CROSSLIVE_FFMPEG if set (support and tests),
 * else the one packaged builds ship in resources/ffmpeg, else the system's
 * on PATH (Linux packages, and development). See the README for why.
 */
export function resolveFfmpeg(resourcesDir: string | undefined): string {
  const override = process.env['CROSSLIVE_FFMPEG'];
  if (override) return override;
  if (resourcesDir) {
    const bundled = join(resourcesDir, 'ffmpeg', process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
    if (existsSync(bundled)) return bundled;
  }
  return process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg';
}
