import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';

/** What ffprobe (a real decoder, not the studio) finds in a file: streams, decodable video frames, seconds of video. */
function probe(file: string): { streams: string[]; frames: number; seconds: number } {
  const streams = execFileSync(
    'ffprobe',
    ['-v', 'error', '-show_entries', 'stream=codec_type', '-of', 'csv=p=0', file],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n');
  const frames = Number(
    execFileSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-count_frames',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=nb_read_frames',
        '-of',
        'csv=p=0',
        file,
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
  const times = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', file],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .map(Number)
    .filter(Number.isFinite);
  return { streams, frames, seconds: Math.max(...times) - Math.min(...times) };
}

test('the backup recording keeps the program on disk, playable even when the studio dies mid-show', async ({
  studio,
}) => {
  const { page } = studio;
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await page.keyboard.press('Enter'); // the camera to program
  await page.getByRole('button', { name: 'Record backup' }).click();
  await expect(page.getByRole('contentinfo').getByLabel('Backup recording')).toContainText('REC');
  // Three seconds of show, then the window dies without stopping anything.
  await page.waitForTimeout(3500);
  await page.close({ runBeforeUnload: false });

  const folder = join(studio.dataDir, 'recordings');
  const [name] = readdirSync(folder);
  expect(name).toMatch(/^CrossLive .*\.webm$/);
  const file = join(folder, name ?? '');
  expect(statSync(file).size).toBeGreaterThan(50_000);
  const { streams, frames, seconds } = probe(file);
  expect(streams).toEqual(expect.arrayContaining(['video', 'audio']));
  // At least two seconds of picture survived, every frame of it decodable.
  expect(seconds).toBeGreaterThanOrEqual(2);
  expect(frames).toBeGreaterThan(20);
});

test('a stopped backup names its finished file', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Record backup' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Stop backup' }).click();
  const saved = page.getByText(/^Backup saved: /);
  await expect(saved).toBeVisible();
  const file = (await saved.textContent())?.replace('Backup saved: ', '') ?? '';
  expect(file.startsWith(join(studio.dataDir, 'recordings'))).toBe(true);
  expect(probe(file).frames).toBeGreaterThan(20);
});
