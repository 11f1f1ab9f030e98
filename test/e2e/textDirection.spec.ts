import type { Locator } from '@playwright/test';
import { expect, test } from './harness/fixtures';

/** The horizontal order of two characters as drawn: negative when `first` is left of `second`. */
function drawnOrder(element: Locator, first: string, second: string): Promise<number> {
  return element.evaluate(
    (node, [a, b]) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const xOf = (char: string): number => {
        walker.currentNode = node;
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const at = text.textContent?.indexOf(char) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + char.length);
          return range.getBoundingClientRect().x;
        }
        throw new Error(`no ${char}`);
      };
      return xOf(a as string) - xOf(b as string);
    },
    [first, second],
  );
}

test.describe('in the Arabic UI', () => {
  test.use({ system: { languages: ['ar'], timeZone: 'Asia/Riyadh' } });

  test('viewers’ words keep their own direction: a Spanish question reads left to right, marks in place', async ({
    studio,
  }) => {
    const { page, services } = studio;
    services.settings.update({ translationProvider: 'off' });
    for (const [text, language] of [
      ['¿Cuánto cuesta el envío a México?', 'es'],
      ['Tem garantia?', 'pt'],
    ] as const) {
      services.comments.ingest({
        source: 'livekit',
        authorId: `v-${language}`,
        authorName: 'Ana',
        text,
        language,
      });
    }
    const card = page.locator('.question__original', { hasText: 'Cuánto cuesta' });
    await expect(card).toBeVisible();
    // Drawn as written: "¿" at the left end, "?" at the right (not "?Cuánto … México¿").
    expect(await drawnOrder(card, '¿', '?')).toBeLessThan(0);
    // The next question, folded to its one line, reads as written too.
    expect(
      await drawnOrder(page.locator('.question__text', { hasText: 'Tem garantia' }), 'T', '?'),
    ).toBeLessThan(0);
    // And in the stream of every comment, inside the right-to-left list.
    const line = page.locator('.comments__stream li', { hasText: 'Cuánto cuesta' }).locator('bdi[lang="es"]');
    expect(await drawnOrder(line, '¿', '?')).toBeLessThan(0);
  });
});
