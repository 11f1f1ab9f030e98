import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { ChatEndpoints } from '../../src/main/services/chat/chatEndpoints';

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
  const ready = new Promise<Omit<RemoteFakes, 'call' | 'fire' | 'set' | 'close'>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the fakes' process ended (${String(code)})`)));
    child.on('message', (raw) => {
      const message = raw as {
        ready?: Omit<RemoteFakes, 'call' | 'fire' | 'set' | 'close'>;
        delivered?: 'youtube' | 'twitch' | 'facebook';
        text?: string;
        at?: number;
        id?: number;
        result?: unknown;
        error?: string;
      };
      if (message.ready) return resolve(message.ready);
      if (message.delivered) return onDelivered(message.delivered, message.text ?? '', message.at ?? 0);
      const pending = message.id === undefined ? undefined : waiting.get(message.id);
      if (!pending || message.id === undefined) return;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(message.error));
      else pending.resolve(message.result);
    });
  });
  const request = (op: 'call' | 'set', path: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.send({ id, op, path, args });
    });
  return {
    ...(await ready),
    call: (path, ...args) => request('call', path, args),
    fire: (path, ...args) => void request('call', path, args).catch((error: unknown) => console.error(error)),
    set: (path, value) => request('set', path, [value]),
    close: () => child.disconnect(),
  };
}
