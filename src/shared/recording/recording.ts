import { z } from 'zod';

/** What MediaRecorder hands over each second; far above any real second of a 1080p program. */
export const maxChunkBytes = 32 * 1024 * 1024;

export const recordingIdSchema = z.string().regex(/^[a-f0-9-]{36}$/);

export const recordingInfoSchema = z.object({
  id: recordingIdSchema,
  /** The file on disk, for "show in folder" and the producer's records. */
  path: z.string(),
  startedAt: z.number(),
  bytes: z.number().int(),
});
export type RecordingInfo = z.infer<typeof recordingInfoSchema>;

export const recordingStartSchema = z
  .object({
    mimeType: z
      .string()
      .regex(/^video\/(webm|mp4)\b/)
      .max(100),
  })
  .strict();

export const recordingChunkSchema = z
  .object({
    id: recordingIdSchema,
    /** 0, 1, 2…: a gap or a repeat means a lost or doubled chunk, which main refuses. */
    sequence: z.number().int().min(0),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= maxChunkBytes, { message: 'too large' }),
  })
  .strict();
