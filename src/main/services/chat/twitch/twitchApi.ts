import { z } from 'zod';
import type { JsonResponse } from '../httpJson';
import { PlatformRefusal } from '../platformRefusal';

/** GET /oauth2/validate (https://dev.twitch.tv/docs/authentication/validate-tokens/). */
export const validateSchema = z.object({ client_id: z.string(), login: z.string(), user_id: z.string() });

/** GET /helix/users. */
export const usersSchema = z.object({
  data: z.array(z.object({ id: z.string(), login: z.string(), display_name: z.string().optional() })),
});

/** POST /helix/chat/messages (https://dev.twitch.tv/docs/api/reference/#send-chat-message). */
export const sendChatSchema = z.object({
  data: z.array(
    z.object({
      message_id: z.string(),
      is_sent: z.boolean(),
      drop_reason: z.object({ code: z.string(), message: z.string() }).nullable().optional(),
    }),
  ),
});

/** Helix's error body is `{ error, status, message }`. */
export function twitchRefusal(response: JsonResponse): PlatformRefusal {
  const message = `Twitch ${response.status} ${String((response.body as { message?: unknown } | null)?.message ?? '')}`;
  if (response.status === 401) return new PlatformRefusal('tokenExpired', message);
  if (response.status === 403) return new PlatformRefusal('forbidden', message);
  if (response.status === 429) {
    const reset = Number(response.headers.get('ratelimit-reset'));
    return new PlatformRefusal(
      'rateLimited',
      message,
      Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined,
    );
  }
  return new PlatformRefusal('unreachable', message);
}
