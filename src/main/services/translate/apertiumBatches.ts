/** Texts per request at most: a burst's queue goes in a few requests, none of them huge. */
const maxBatch = 40;
/** A batch's own time limit; each text still ends when its own signal says. */
const batchTimeoutMs = 10_000;

interface Waiting {
  text: string;
  resolve(translated: string): void;
  reject(error: unknown): void;
}

export type SendBatch = (html: string, signal: AbortSignal) => Promise<string>;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const unescapeHtml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

/**
 * Sends the texts waiting for one language pair together. APy keeps one pipeline per pair and
 * each request pays its own trip through it (~12 ms here), so a burst of comments queued one
 * request at a time falls behind (bench:chat: 100 a second at most). Texts sent as HTML
 * paragraphs in one request come back, paragraph by paragraph, exactly as they do one by one
 * (test/integration/comments/translationProviders.test.ts) at a twentieth of the time. When the
 * pair is idle a text goes at once, alone: batching adds no wait, it only takes what queued
 * while the last request was out.
 */
export class ApertiumBatches {
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly busy = new Set<string>();

  constructor(private readonly send: (pair: string) => SendBatch) {}

  translate(pair: string, text: string, signal: AbortSignal): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const entry: Waiting = { text, resolve, reject };
      const queue = this.waiting.get(pair) ?? [];
      queue.push(entry);
      this.waiting.set(pair, queue);
      signal.addEventListener(
        'abort',
        () => {
          // Taken out if it has not gone yet; if it has, the batch goes on for the others.
          const left = this.waiting.get(pair);
          if (left)
            this.waiting.set(
              pair,
              left.filter((w) => w !== entry),
            );
          reject(signal.reason);
        },
        { once: true },
      );
      this.next(pair);
    });
  }

  private next(pair: string): void {
    if (this.busy.has(pair)) return;
    const queue = this.waiting.get(pair) ?? [];
    const batch = queue.splice(0, maxBatch);
    if (batch.length === 0) return;
    this.busy.add(pair);
    void this.translateBatch(pair, batch).finally(() => {
      this.busy.delete(pair);
      this.next(pair);
    });
  }

  private async translateBatch(pair: string, batch: Waiting[]): Promise<void> {
    const send = this.send(pair);
    try {
      const html = batch.map((w) => `<p>${escapeHtml(w.text)}</p>`).join('');
      const answer = await send(html, AbortSignal.timeout(batchTimeoutMs));
      const parts = [...answer.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => unescapeHtml(m[1] ?? '').trim());
      if (parts.length === batch.length) return batch.forEach((w, i) => w.resolve(parts[i] ?? ''));
      // The paragraphs did not come back one for one: each text on its own, as before batching.
      for (const w of batch) {
        const alone = await send(`<p>${escapeHtml(w.text)}</p>`, AbortSignal.timeout(batchTimeoutMs));
        w.resolve(unescapeHtml(alone.replace(/^\s*<p>|<\/p>\s*$/g, '')).trim());
      }
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
