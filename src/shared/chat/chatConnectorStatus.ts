import { z } from 'zod';
import { chatPlatformSchema } from './chatPlatforms';

/**
 * Where a connector is: off; waiting for the host to sign in; signing in; connecting; listening
 * to the chat; or refused by the platform (`problem` says why) and trying again at `retryAt`.
 */
export const connectorStates = [
  'off',
  'signedOut',
  'signingIn',
  'connecting',
  'listening',
  'refused',
] as const;
export type ConnectorState = (typeof connectorStates)[number];

/** Why a platform refused, each with its own translated message in the studio. */
export const connectorProblems = [
  'notConfigured',
  'tokenExpired',
  'signInDenied',
  'signInTimedOut',
  'forbidden',
  'quotaExhausted',
  'rateLimited',
  'chatDisabled',
  'chatEnded',
  'notLive',
  'unreachable',
] as const;
export type ConnectorProblem = (typeof connectorProblems)[number];

export const chatConnectorStatusSchema = z.object({
  platform: chatPlatformSchema,
  state: z.enum(connectorStates),
  problem: z.enum(connectorProblems).nullable(),
  /** The signed-in account or Page, and the chat being read (a channel, a broadcast's title). */
  account: z.string().nullable(),
  /** Epoch ms of the next attempt, while refused. */
  retryAt: z.number().nullable(),
  /** Comments taken in and replies sent since the studio started. */
  received: z.number().int(),
  sent: z.number().int(),
  /** YouTube's daily quota: units spent today (Pacific time), the limit and the poll pace it allows. */
  quota: z
    .object({ used: z.number(), limit: z.number(), resetsAt: z.number(), pollMs: z.number() })
    .nullable(),
  /** Twitch's device-code sign-in: the code the host enters at the address. */
  deviceCode: z
    .object({ userCode: z.string(), verificationUri: z.string(), expiresAt: z.number() })
    .nullable(),
});
export type ChatConnectorStatus = z.infer<typeof chatConnectorStatusSchema>;
