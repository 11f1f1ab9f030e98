/** What the live benches watch in the studio's and the viewers' pages, in plain page script. */
import type { Browser, Page } from 'playwright-core';

/**
 * Viewer-side watcher: each frame the player presents, the colour at a probe point; records every
 * frame, the first frame of each new player and every colour change, in Date.now() (one machine,
 * one clock).
 */
export const viewerWatcher = `
  window.__watch = { firsts: [], changes: [] };
  // Apart from __watch, which is read many times a second.
  window.__frames = [];
  const seen = new WeakSet();
  const canvas = document.createElement('canvas');
  canvas.width = 16; canvas.height = 9;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let last = 'none';
  const classify = (r, g, b) => (g > 100 && r < 90 && b < 90 ? 'green' : r < 30 && g < 30 && b < 30 ? 'black' : 'other');
  // The probe point's colour, read from the decoded frame's own planes (4 pixels, no conversion):
  // drawing the whole frame into a canvas to read one pixel cost the viewer's machine a full
  // YUV-to-RGB conversion per frame, CPU the studio and the viewer share on one machine here.
  const probe = async (video) => {
    let frame;
    try {
      frame = new VideoFrame(video);
      const x = Math.floor((frame.displayWidth * 10) / 16 / 2) * 2;
      const y = Math.floor((frame.displayHeight * 5) / 9 / 2) * 2;
      const rect = { x, y, width: 2, height: 2 };
      const data = new Uint8Array(frame.allocationSize({ rect }));
      const planes = await frame.copyTo(data, { rect });
      if (frame.format === 'I420' || frame.format === 'I420A' || frame.format === 'NV12') {
        const luma = data[planes[0].offset];
        const u = data[planes[1].offset] - 128;
        const v = data[frame.format === 'NV12' ? planes[1].offset + 1 : planes[2].offset] - 128;
        const yy = 1.164 * (luma - 16);
        return classify(yy + 1.596 * v, yy - 0.392 * u - 0.813 * v, yy + 2.017 * u);
      }
      if (/^(RGB|BGR)[AX]$/.test(frame.format)) {
        const p = planes[0].offset;
        return frame.format.startsWith('RGB') ? classify(data[p], data[p + 1], data[p + 2]) : classify(data[p + 2], data[p + 1], data[p]);
      }
    } catch {
      // A frame the browser keeps on the GPU (no format), or none to wrap: read it the slow way below.
    } finally {
      frame?.close();
    }
    ctx.drawImage(video, 0, 0, 16, 9);
    const [r, g, b] = ctx.getImageData(10, 5, 1, 1).data;
    return classify(r, g, b);
  };
  // Colours are told in the order frames came, whatever order their reads finish in.
  let told = Promise.resolve();
  const follow = (video) => {
    let first = true;
    const onFrame = () => {
      if (!video.isConnected) return;
      const at = Date.now();
      window.__frames.push(at);
      if (first) { window.__watch.firsts.push(at); first = false; }
      const colour = probe(video);
      told = told
        .then(async () => {
          const seenColour = await colour;
          if (seenColour !== last) { window.__watch.changes.push({ colour: seenColour, at }); last = seenColour; }
        })
        .catch(() => undefined);
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  const scan = () => {
    for (const video of document.querySelectorAll('video')) if (!seen.has(video)) { seen.add(video); follow(video); }
  };
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  scan();
`;

/** Studio-side: when the status bar says "Live" (the tracks published), in Date.now(). */
export const studioWatcher = `
  window.__liveAt = [];
  const chip = () => document.querySelector('footer [role="status"][aria-label="Show"]');
  let was = '';
  new MutationObserver(() => {
    const now = chip()?.textContent ?? '';
    if (now === 'Live' && was !== 'Live') window.__liveAt.push(Date.now());
    was = now;
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
`;

export interface Watch {
  firsts: number[];
  changes: { colour: string; at: number }[];
}
export const watch = (viewer: Page): Promise<Watch> => viewer.evaluate('window.__watch') as Promise<Watch>;

/** When each frame was presented on the viewer, every player together, in Date.now(). */
export const presentedFrames = (viewer: Page): Promise<number[]> =>
  viewer.evaluate('window.__frames') as Promise<number[]>;

export async function until<T>(
  what: string,
  read: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Clicks a button by its text inside the page, returning the page's Date.now() at the click. */
export const clickAt = (page: Page, text: string): Promise<number> =>
  page.evaluate((label) => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === label);
    if (!button) throw new Error(`no button ${label}`);
    const at = Date.now();
    button.click();
    return at;
  }, text);

/**
 * A viewer page from the studio's own viewer page server, its token from `endpoint`, waiting in
 * the room for the show to start, with the frame watcher installed. `initScript` runs before the
 * page's own scripts (to keep its peer connections for getStats, say).
 */
export async function openWaitingViewer(
  browser: Browser,
  viewerPageUrl: string,
  endpoint: string,
  initScript?: string,
): Promise<Page> {
  const viewer = await browser.newPage();
  if (initScript) await viewer.addInitScript({ content: initScript });
  await viewer.goto(`${viewerPageUrl}?endpoint=${encodeURIComponent(endpoint)}`);
  await viewer
    .getByRole('status', { name: 'CrossLive' })
    .filter({ hasText: 'The show starts soon' })
    .waitFor();
  await viewer.evaluate(viewerWatcher);
  return viewer;
}
