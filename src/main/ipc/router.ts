import { z } from 'zod';
import { StudioError } from '../../shared/ipc/errors';
import {
  invokeContract,
  type InvokeChannel,
  type RequestOf,
  type ResponseOf,
} from '../../shared/ipc/contract';
import { fail, ok, type IpcResult } from '../../shared/ipc/result';
import type { Logger } from '../logging/logger';
import type { SenderInfo } from './senderCheck';

export type Handler<C extends InvokeChannel> = (
  request: RequestOf<C>,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** The channels of one domain: `DomainChannels<'obs'>` is every `obs:` channel. */
export type DomainChannels<Domain extends string> = Extract<InvokeChannel, `${Domain}:${string}`>;

/** A handler for every channel of a domain, exported from the file beside its service. */
export type DomainHandlers<Domain extends string> = { [C in DomainChannels<Domain>]: Handler<C> };

/** A handler for every channel there is: the compiler names any channel left without one. */
export type HandlerMap = { [C in InvokeChannel]: Handler<C> };

export interface RouterOptions {
  isTrustedSender(sender: SenderInfo): boolean;
  logger: Logger;
  /** Turns a known kind of failure (a storage error, say) into a translatable one. */
  classifyError?(error: unknown): StudioError | undefined;
}

/**
 * The one gate between renderer and main. Electron's ipcMain and the e2e test
 * harness both call `dispatch`, so the tests exercise exactly this path: sender
 * check, request parsing, the handler, and response parsing (which also strips
 * any field the contract does not name, so nothing leaks by accident).
 */
export class IpcRouter {
  private readonly handlers = new Map<InvokeChannel, Handler<InvokeChannel>>();

  constructor(private readonly options: RouterOptions) {}

  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void {
    if (this.handlers.has(channel)) throw new Error(`IPC channel ${channel} already has a handler`);
    this.handlers.set(channel, handler as unknown as Handler<InvokeChannel>);
  }

  /** Registers the handler of every channel at once. */
  handleAll(handlers: HandlerMap): void {
    for (const channel of Object.keys(handlers) as InvokeChannel[]) {
      this.handle(channel, handlers[channel] as Handler<typeof channel>);
    }
  }

  async dispatch(sender: SenderInfo, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
    const { logger } = this.options;
    if (!this.options.isTrustedSender(sender)) {
      logger.warn('refused IPC from an untrusted sender', { channel: String(channel), url: sender.url });
      return fail('FORBIDDEN_SENDER', 'This window may not call the studio.');
    }
    if (typeof channel !== 'string' || !Object.hasOwn(invokeContract, channel)) {
      return fail('UNKNOWN_CHANNEL', `Unknown channel ${String(channel).slice(0, 64)}`);
    }
    const name = channel as InvokeChannel;
    const handler = this.handlers.get(name);
    if (!handler) return fail('UNKNOWN_CHANNEL', `No handler for ${name}`);

    const schemas = invokeContract[name];
    const request = schemas.request.safeParse(payload);
    if (!request.success) {
      return fail('INVALID_PAYLOAD', z.prettifyError(request.error));
    }
    try {
      const value = await handler(request.data as RequestOf<InvokeChannel>);
      return ok(schemas.response.parse(value));
    } catch (thrown) {
      const error = thrown instanceof StudioError ? thrown : (this.options.classifyError?.(thrown) ?? thrown);
      if (error instanceof StudioError) {
        logger.warn('IPC call failed', { channel: name, code: error.code, detail: error.message });
        return fail(error.code, error.message);
      }
      logger.error('IPC handler failed', { channel: name, error: String(error) });
      return fail('INTERNAL', 'Something went wrong in the studio.');
    }
  }
}
