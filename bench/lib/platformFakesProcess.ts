/**
 * The three platform fakes in a process of their own, for bench/chat.ts: their work (JSON for
 * YouTube's pages, Twitch's frames, Facebook's stream) is the platforms' and must not slow the
 * studio's main it is measured against. The parent calls a fake's method by its path
 * (`twitch.say`), sets a field (`youtube.state.pageSize`), hands over a burst's whole schedule
 * at once (`schedule`: this process keeps its time, so the parent sends nothing per comment),
 * and hears when each message reached the studio (`delivered`, a batch every 100 ms, with this
 * process's clock, the same machine's).
 */
import { startPlatformFakes } from '../../test/support/platforms/platformFakes';

export interface ScheduledCall {
  /** Epoch ms. */
  at: number;
  path: string;
  args: unknown[];
}

type Message =
  | { id: number; op: 'call' | 'set'; path: string; args: unknown[] }
  | { id: number; op: 'schedule'; calls: ScheduledCall[] };

const send = (message: unknown) => process.send?.(message);
let deliveries: { platform: string; text: string; at: number }[] = [];
const delivered = (platform: string, text: string): void => {
  deliveries.push({ platform, text, at: Date.now() });
};
setInterval(() => {
  if (deliveries.length === 0) return;
  send({ delivered: deliveries });
  deliveries = [];
}, 100).unref();
const fakes = await startPlatformFakes({
  youtube: (m) => delivered('youtube', m.text),
  facebook: (c) => delivered('facebook', c.message),
});

async function call(path: string, args: unknown[]): Promise<unknown> {
  const { owner, key } = resolve(path);
  const result: unknown = await (owner[key] as (...a: unknown[]) => unknown)(...args);
  if (path === 'twitch.say') delivered('twitch', (args[0] as { text: string }).text);
  return result;
}

/** Makes each call at its time, in order; resolves once the last is made. */
async function runSchedule(calls: ScheduledCall[]): Promise<void> {
  for (const scheduled of calls) {
    const wait = scheduled.at - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    void call(scheduled.path, scheduled.args).catch((error: unknown) => console.error(error));
  }
}

function resolve(path: string): { owner: Record<string, unknown>; key: string } {
  const parts = path.split('.');
  const key = parts.pop() ?? '';
  let owner = fakes as unknown as Record<string, unknown>;
  for (const part of parts) owner = owner[part] as Record<string, unknown>;
  return { owner, key };
}

process.on('message', (message: Message) => {
  void (async () => {
    try {
      if (message.op === 'schedule') {
        await runSchedule(message.calls);
        return send({ id: message.id, result: null });
      }
      if (message.op === 'set') {
        const { owner, key } = resolve(message.path);
        owner[key] = message.args[0];
        return send({ id: message.id, result: null });
      }
      send({ id: message.id, result: (await call(message.path, message.args)) ?? null });
    } catch (error) {
      send({ id: message.id, error: String(error) });
    }
  })();
});
process.on('disconnect', () => void fakes.close().then(() => process.exit(0)));
send({
  ready: {
    endpoints: fakes.endpoints,
    youtubeClientId: fakes.youtube.clientId,
    twitchClientId: fakes.twitch.clientId,
    facebookPageId: fakes.facebook.pageId,
    facebookPageToken: fakes.facebook.pageToken,
  },
});
