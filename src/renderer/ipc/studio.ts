import type { InvokeChannel, ResponseOf } from '../../shared/ipc/contract';
import type { IpcError } from '../../shared/ipc/result';
import type { InvokeArgs } from '../../shared/ipc/studioApi';

/** Thrown by `call` when main answers with an error; carries the translatable code. */
export class StudioCallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
    this.name = 'StudioCallError';
  }
}

/** Calls main and unwraps the Result, for code that prefers try/catch. */
export async function call<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeArgs<C>
): Promise<ResponseOf<C>> {
  const result = await window.studio.invoke(channel, ...args);
  if (!result.ok) throw new StudioCallError(result.error);
  return result.value;
}
