import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Comment } from '../../../../src/shared/comments/comment';
import { CommentsStore } from '../../../../src/renderer/features/comments/commentsStore';

type Handler = (comment: Comment) => void;

/** The preload bridge as the store uses it: event subscriptions and an empty first list. */
function stubStudioWindow(): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  vi.stubGlobal('window', {
    studio: {
      on: (channel: string, handler: Handler) => {
        handlers.set(channel, handler);
        return () => handlers.delete(channel);
      },
      invoke: () => Promise.resolve({ ok: true, value: [] }),
    },
    dispatchEvent: () => true,
  });
  return handlers;
}

const comment = (n: number): Comment =>
  ({ id: `c${n}`, text: `question ${n}?`, isQuestion: true, at: n }) as unknown as Comment;

/**
 * A store following a stubbed studio window, sent `perSecond` comments for `seconds`, evenly
 * spaced: the store, and how often it told the panel to re-render.
 */
async function burst(perSecond: number, seconds: number) {
  const handlers = stubStudioWindow();
  const store = new CommentsStore();
  store.follow();
  await vi.advanceTimersByTimeAsync(0);
  let renders = 0;
  store.subscribe(() => renders++);
  const add = handlers.get('comments:onAdded');
  for (let n = 0; n < perSecond * seconds; n++) {
    add?.(comment(n));
    await vi.advanceTimersByTimeAsync(1000 / perSecond);
  }
  await vi.advanceTimersByTimeAsync(500);
  return { store, renders };
}

describe('comments store under a burst', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    // A visible window's frames, 60 a second on the faked clock.
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) =>
      setTimeout(() => frame(performance.now()), 16),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('applies 50 comments a second ten times a second, and loses none', async () => {
    const { store, renders } = await burst(50, 3);
    // At most one flush per 100 ms, each in the first frame after it is due.
    expect(renders).toBeGreaterThanOrEqual(24);
    expect(renders).toBeLessThanOrEqual(31);
    expect(store.getSnapshot().map((c) => c.id)).toEqual(Array.from({ length: 150 }, (_, n) => `c${n}`));
  });

  it('still applies them in a window that gets no animation frames', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { store, renders } = await burst(50, 3);
    // By the fallback timer alone: one flush every two intervals.
    expect(renders).toBeGreaterThanOrEqual(14);
    expect(renders).toBeLessThanOrEqual(16);
    expect(store.getSnapshot()).toHaveLength(150);
  });
});
