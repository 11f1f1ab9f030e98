import { z } from 'zod';
import type { JsonResponse } from '../httpJson';
import { PlatformRefusal } from '../platformRefusal';

/** A comment as the Graph API gives it (https://developers.facebook.com/docs/graph-api/reference/comment/). */
export const graphCommentSchema = z.object({
  id: z.string(),
  message: z.string().default(''),
  created_time: z.string().optional(),
  from: z.object({ id: z.string(), name: z.string().default('') }).optional(),
});
export type GraphComment = z.infer<typeof graphCommentSchema>;

/** The fields asked of every comment, on the comments edge and the live stream alike. */
export const commentFields = 'id,message,created_time,from{id,name}';

export const commentPageSchema = z.object({
  data: z.array(z.unknown()).default([]),
  paging: z.object({ next: z.string().optional() }).optional(),
});

export const liveVideosSchema = z.object({
  data: z.array(z.object({ id: z.string(), title: z.string().optional() })).default([]),
});

/**
 * Graph's error body, `{ error: { message, type, code, error_subcode } }`, as the refusal the
 * host reads (https://developers.facebook.com/docs/graph-api/guides/error-handling).
 */
export function graphRefusal(response: JsonResponse): PlatformRefusal {
  const parsed = z
    .object({
      error: z.object({
        code: z.number(),
        error_subcode: z.number().optional(),
        message: z.string().optional(),
      }),
    })
    .safeParse(response.body);
  if (!parsed.success) return new PlatformRefusal('unreachable', `Facebook ${response.status}`);
  const { code, error_subcode: subcode, message = '' } = parsed.data.error;
  const text = `Facebook ${code}${subcode ? `/${subcode}` : ''} ${message}`.trim();
  if (code === 190 || code === 102) return new PlatformRefusal('tokenExpired', text);
  if (code === 4 || code === 17 || code === 32 || code === 613)
    return new PlatformRefusal('rateLimited', text);
  if (code === 10 || (code >= 200 && code < 300)) return new PlatformRefusal('forbidden', text);
  if (code === 100 && subcode === 33) return new PlatformRefusal('notLive', text);
  return new PlatformRefusal('unreachable', text);
}
