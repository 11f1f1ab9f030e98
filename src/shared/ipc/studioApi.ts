import type { EventChannel, EventPayloadOf, InvokeChannel, RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

/** Arguments of `invoke`: channels whose request is `undefined` take none. */
export type InvokeArgs<C extends InvokeChannel> = RequestOf<C> extends undefined ? [] : [RequestOf<C>];

/**
 * The one object the preload exposes as `window.studio` (and the test harness
 * installs the same shape). Every call resolves to a Result; nothing throws
 * across the boundary.
 */
export interface StudioApi {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}
