import { z } from 'zod';

/**
 * EventSub's WebSocket messages
 * (https://dev.twitch.tv/docs/eventsub/handling-websocket-events/): each has `metadata` with a
 * `message_id` (a redelivery repeats it) and `message_type`, and a `payload`.
 */
const metadataSchema = z.object({
  message_id: z.string(),
  message_type: z.string(),
  message_timestamp: z.string().optional(),
  subscription_type: z.string().optional(),
});

export const sessionSchema = z.object({
  id: z.string(),
  status: z.string().optional(),
  keepalive_timeout_seconds: z.number().nullable().optional(),
  reconnect_url: z.string().nullable().optional(),
});

/** `channel.chat.message` v1's event (https://dev.twitch.tv/docs/eventsub/eventsub-subscription-types/#channelchatmessage). */
export const chatMessageEventSchema = z.object({
  broadcaster_user_id: z.string(),
  chatter_user_id: z.string(),
  chatter_user_login: z.string().optional(),
  chatter_user_name: z.string().default(''),
  message_id: z.string(),
  message: z.object({ text: z.string() }),
});
export type ChatMessageEvent = z.infer<typeof chatMessageEventSchema>;

export const eventSubMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session_welcome'), id: z.string(), session: sessionSchema }),
  z.object({ type: z.literal('session_keepalive'), id: z.string() }),
  z.object({ type: z.literal('session_reconnect'), id: z.string(), session: sessionSchema }),
  z.object({
    type: z.literal('notification'),
    id: z.string(),
    subscriptionType: z.string(),
    event: z.unknown(),
  }),
  z.object({ type: z.literal('revocation'), id: z.string(), status: z.string() }),
]);
export type EventSubMessage = z.infer<typeof eventSubMessageSchema>;

/** One frame as the message it is; undefined for what is not EventSub (or a type it does not know). */
export function parseEventSubFrame(frame: string): EventSubMessage | undefined {
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return undefined;
  }
  const envelope = z
    .object({ metadata: metadataSchema, payload: z.record(z.string(), z.unknown()).default({}) })
    .safeParse(json);
  if (!envelope.success) return undefined;
  const { metadata, payload } = envelope.data;
  const id = metadata.message_id;
  const subscription = z
    .object({ type: z.string(), status: z.string().default('') })
    .safeParse(payload.subscription);
  const candidate =
    metadata.message_type === 'notification'
      ? { type: 'notification', id, subscriptionType: subscription.data?.type ?? '', event: payload.event }
      : metadata.message_type === 'revocation'
        ? { type: 'revocation', id, status: subscription.data?.status ?? '' }
        : { type: metadata.message_type, id, session: payload.session };
  const parsed = eventSubMessageSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
