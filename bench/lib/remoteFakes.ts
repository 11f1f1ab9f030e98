import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChatEndpoints } from '../../src/main/services/chat/chatEndpoints';
import type { ScheduledCall } from './platformFakesProcess';

export interface RemoteFakes {
  endpoints: ChatEndpoints;
  youtubeClientId: string;
  twitchClientId: string;
  facebookPageId: string;
  facebookPageToken: string;
  /** Calls a fake's method by its path, `twitch.say`; resolves with what it returned. */
  call(path: string, ...args: unknown[]): Promise<unknown>;
  /** Calls without waiting for the answer (a burst's sends). */
  fire(path: string, ...args: unknown[]): void;
  set(path: string, value: unknown): Promise<unknown>;
  /** Hands over a burst: the fakes' process makes each call at its time; resolves after the last. */
  schedule(calls: ScheduledCall[]): Promise<unknown>;
  close(): void;
}

/** Starts bench/lib/platformFakesProcess.ts; `onDelivered` hears each message as it reached the studio. */
export async function startRemoteFakes(
  onDelivered: (platform: 'youtube' | 'twitch' | 'facebook', text: string, at: number) => void,
): Promise<RemoteFakes> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'platformFakesProcess.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let next = 0;
  type Ready = Omit<RemoteFakes, 'call' | 'fire' | 'set' | 'schedule' | 'close'>;
  const ready = new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the fakes' process ended (${String(code)})`)));
    child.on('message', (raw) => {
      const message = raw as {
        ready?: Ready;
        delivered?: { platform: 'youtube' | 'twitch' | 'facebook'; text: string; at: number }[];
        id?: number;
        result?: unknown;
        error?: string;
      };
      if (message.ready) return resolve(message.ready);
      if (message.delivered) {
        for (const d of message.delivered) onDelivered(d.platform, d.text, d.at);
        return;
      }
      const pending = message.id === undefined ? undefined : waiting.get(message.id);
      if (!pending || message.id === undefined) return;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
    });
  });
  const request = (message: Record<string, unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.send({ id, ...message });
    });
  return {
    ...(await ready),
    call: (path, ...args) => request({ op: 'call', path, args }),
    fire: (path, ...args) =>
      void request({ op: 'call', path, args }).catch((error: unknown) => console.error(error)),
    set: (path, value) => request({ op: 'set', path, args: [value] }),
    schedule: (calls) => request({ op: 'schedule', calls }),
    close: () => child.disconnect(),
  };
}
