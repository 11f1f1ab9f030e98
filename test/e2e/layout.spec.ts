import { expect, test } from './harness/fixtures';

/** Controls that stick out of the dock or column they sit in (sideways: docks scroll down, not across). */
function overflowing(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const dock of Array.from(document.querySelectorAll('.column, .stage')) as HTMLElement[]) {
      const box = dock.getBoundingClientRect();
      for (const control of Array.from(
        dock.querySelectorAll('input, select, textarea, button, label'),
      ) as HTMLElement[]) {
        const rect = control.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.left < box.left - 1 || rect.right > box.right + 1) {
          const name = control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30) ?? '';
          found.push(
            `${control.tagName.toLowerCase()} "${name}" ${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
        }
      }
    }
    return found;
  });
}

for (const [language, zone] of [
  ['en-US', 'America/New_York'],
  ['zh-CN', 'Asia/Shanghai'],
  ['ar', 'Asia/Riyadh'],
] as const) {
  test.describe(language, () => {
    test.use({ system: { languages: [language], timeZone: zone } });
    test(`no control runs out of its dock at 1280×720, 1920×1080 and 2560×1440 (${language})`, async ({
      studio,
    }) => {
      const { page } = studio;
      // Something in every dock: a source with properties, a poll form, the question queue.
      await page.locator('[aria-labelledby="sources-heading"] .panel__header select').selectOption('camera');
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
        [2560, 1440],
      ] as const) {
        await page.setViewportSize({ width, height });
        await expect.poll(() => overflowing(page), { message: `${width}×${height}` }).toEqual([]);
      }
    });
  });
}
