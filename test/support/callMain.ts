import type { InvokeChannel, RequestOf, ResponseOf } from '../../src/shared/ipc/contract';
import { trustedSender, type buildServices } from './services';

export type Services = ReturnType<typeof buildServices>;

/** Calls main the way the window does, through the router and its schemas; throws main's error. */
export async function callMain<C extends InvokeChannel>(
  services: Services,
  channel: C,
  request?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const answer = await services.router.dispatch(trustedSender, channel, request);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as ResponseOf<C>;
}
