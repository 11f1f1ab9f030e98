import { z } from 'zod';
import { errorCodes } from '../ipc/errors';

/** Protocols a factory or warehouse camera is reached by; ffmpeg speaks them all. */
export const feedProtocols = ['rtsp:', 'rtsps:', 'srt:', 'rtmp:', 'rtmps:', 'http:', 'https:'] as const;

/** Why a feed URL is refused, as a key the UI translates; undefined when it is fine. */
export function feedUrlProblem(text: string): 'malformed' | 'protocol' | 'credentials' | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'malformed';
  }
  if (!(feedProtocols as readonly string[]).includes(url.protocol)) return 'protocol';
  if (url.hostname === '') return 'malformed';
  // Credentials belong in their own fields (the password is a secret); never in the address.
  if (url.username !== '' || url.password !== '') return 'credentials';
  return undefined;
}

/** A network camera: where it is and how to log in (the password is kept apart, as a secret). */
export const feedSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(80),
    url: z
      .string()
      .trim()
      .max(2048)
      .refine((u) => feedUrlProblem(u) === undefined, { message: 'invalid feed URL' }),
    /** RTSP only: TCP survives NAT and loss better; UDP has less delay on a clean LAN. */
    rtspTransport: z.enum(['tcp', 'udp']),
    username: z.string().max(256),
  })
  .strict();
export type Feed = z.infer<typeof feedSchema>;

export const feedSaveRequestSchema = z
  .object({
    feed: feedSchema,
    /** A new password; null keeps the stored one, '' removes it. */
    password: z.string().max(1024).nullable(),
  })
  .strict();

export const feedInfoSchema = feedSchema.extend({ hasPassword: z.boolean() });
export type FeedInfo = z.infer<typeof feedInfoSchema>;

export const feedStates = ['idle', 'connecting', 'live', 'stalled', 'reconnecting', 'failed'] as const;
export type FeedState = (typeof feedStates)[number];

/** A feed's health, as the properties panel and the slate show it. */
export const feedStatusSchema = z.object({
  feedId: z.string(),
  state: z.enum(feedStates),
  /** Why it is not live, translated by the UI. */
  error: z.enum(errorCodes).nullable(),
  fps: z.number(),
  kbps: z.number(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** The camera's codec as ffmpeg names it (h264, hevc, mjpeg…). */
  codec: z.string().nullable(),
  /** False when H.264 passes through untouched; true when ffmpeg re-encodes it to H.264. */
  transcoding: z.boolean(),
  /** When main last received a frame, epoch ms. */
  lastFrameAt: z.number().nullable(),
  attempt: z.number().int(),
});
export type FeedStatus = z.infer<typeof feedStatusSchema>;
