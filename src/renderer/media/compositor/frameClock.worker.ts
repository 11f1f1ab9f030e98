/// <reference lib="webworker" />
/**
 * The compositor's frame clock. It runs in a worker because Chromium throttles
 * main-thread timers and stops requestAnimationFrame in hidden or minimised
 * windows, and a live show must keep its frame rate whatever the window does.
 * Deadlines are absolute, so one late tick does not shift the ones after it.
 */
let timer: ReturnType<typeof setTimeout> | undefined;

self.onmessage = (event: MessageEvent<{ fps: number } | 'stop'>) => {
  clearTimeout(timer);
  if (event.data === 'stop') return;
  const interval = 1000 / event.data.fps;
  let deadline = performance.now() + interval;
  const tick = (): void => {
    const now = performance.now();
    // After a long stall, resume from now instead of firing a burst of stale ticks.
    if (now - deadline > interval * 4) deadline = now;
    // The frame's due time, on the clock every context of the page shares.
    self.postMessage(performance.timeOrigin + deadline);
    deadline += interval;
    timer = setTimeout(tick, Math.max(0, deadline - performance.now()));
  };
  timer = setTimeout(tick, interval);
};
