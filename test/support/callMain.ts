import type { InvokeChannel, RequestOf, ResponseOf } from '../../src/shared/ipc/contract';
import { trustedSender, type buildServices } from './services';

export type Services = ReturnType<typeof buildServices>;
type Sender = { url: string; isMainFrame: boolean };
export type MainCall = <C extends InvokeChannel>(
  channel: C,
  request?: RequestOf<C>,
) => Promise<ResponseOf<C>>;

/** A window's calls to main from `sender`, through the router and its schemas; main's error is thrown. */
export function mainCaller(services: Services, sender: Sender = trustedSender): MainCall {
  return async (channel, request) => {
    const answer = await services.router.dispatch(sender, channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as ResponseOf<typeof channel>;
  };
}

/** One call to main from the test window. */
export function callMain<C extends InvokeChannel>(
  services: Services,
  channel: C,
  request?: RequestOf<C>,
): Promise<ResponseOf<C>> {
  return mainCaller(services)(channel, request);
}
