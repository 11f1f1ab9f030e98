import type { ConnectorProblem } from '../../../shared/chat/chatConnectorStatus';

/** A platform said no (or could not be reached): why, and when it may be asked again. */
export class PlatformRefusal extends Error {
  constructor(
    readonly problem: ConnectorProblem,
    message: string,
    /** Epoch ms before which asking again is pointless (a quota's reset); else the reconnect policy's. */
    readonly retryAt?: number,
  ) {
    super(message);
    this.name = 'PlatformRefusal';
  }
}

/** Problems no retry mends: the host has to sign in or set something up first. */
export const needsHost = (problem: ConnectorProblem): boolean =>
  problem === 'tokenExpired' ||
  problem === 'notConfigured' ||
  problem === 'forbidden' ||
  problem === 'signInDenied' ||
  problem === 'signInTimedOut';
