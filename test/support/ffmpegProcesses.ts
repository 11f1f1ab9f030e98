import { execFileSync } from 'node:child_process';

/** ffmpeg processes still running whose command line mentions `fragment` (a test's port). */
export function ffmpegFor(fragment: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `ffmpeg.*${fragment}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}
