import { eventContract, type EventChannel, type EventPayloadOf } from '../../shared/ipc/contract';

export type EventSink = (event: EventChannel, payload: unknown) => void;

/**
 * Push events from main services to every renderer. Payloads are parsed with the
 * contract's schema before they leave, like responses.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  /** Adds a destination (a window's webContents, or the test page); returns its remover. */
  connect(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventChannel>(event: E, payload: EventPayloadOf<E>): void {
    const parsed: unknown = eventContract[event].parse(payload);
    for (const sink of this.sinks) sink(event, parsed);
  }
}
