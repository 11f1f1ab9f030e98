/**
 * The three platform fakes in a process of their own, for bench/chat.ts: their work (JSON for
 * YouTube's pages, Twitch's frames, Facebook's stream) is the platforms' and must not slow the
 * studio's main it is measured against. The parent calls a fake's method by its path
 * (`twitch.say`), sets a field (`youtube.state.pageSize`), and hears when each message reached
 * the studio (`delivered`, with this process's clock, the same machine's).
 */
import { startPlatformFakes } from '../../test/support/platforms/platformFakes';

type Message = { id: number; op: 'call' | 'set'; path: string; args: unknown[] };

const send = (message: unknown) => process.send?.(message);
const fakes = await startPlatformFakes({
  youtube: (m) => send({ delivered: 'youtube', text: m.text, at: Date.now() }),
  facebook: (c) => send({ delivered: 'facebook', text: c.message, at: Date.now() }),
});

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
      const { owner, key } = resolve(message.path);
      if (message.op === 'set') {
        owner[key] = message.args[0];
        return send({ id: message.id, result: null });
      }
      const result: unknown = await (owner[key] as (...args: unknown[]) => unknown)(...message.args);
      if (message.path === 'twitch.say')
        send({ delivered: 'twitch', text: (message.args[0] as { text: string }).text, at: Date.now() });
      send({ id: message.id, result: result ?? null });
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
