import { z } from 'zod';

/** File types the studio accepts as image and video sources, by their extension. */
export const mediaTypes = {
  png: { mimeType: 'image/png', kind: 'image' },
  jpg: { mimeType: 'image/jpeg', kind: 'image' },
  webp: { mimeType: 'image/webp', kind: 'image' },
  gif: { mimeType: 'image/gif', kind: 'image' },
  mp4: { mimeType: 'video/mp4', kind: 'video' },
  webm: { mimeType: 'video/webm', kind: 'video' },
} as const;

export type MediaExtension = keyof typeof mediaTypes;
export type MediaKind = 'image' | 'video';

/** Files are read whole into the renderer (as blobs), so sizes stay modest. */
export const maxMediaBytes: Record<MediaKind, number> = { image: 20 * 1024 * 1024, video: 200 * 1024 * 1024 };

/** A media id is its stored file name: a UUID and the type's extension. */
export const mediaIdSchema = z.string().regex(/^[0-9a-f-]{36}\.(png|jpg|webp|gif|mp4|webm)$/);

export const mediaAssetSchema = z.object({
  id: mediaIdSchema,
  /** The name the file had on the host's disk, for the UI. */
  name: z.string().max(255),
  kind: z.enum(['image', 'video']),
  size: z.number().int().nonnegative(),
});
export type MediaAsset = z.infer<typeof mediaAssetSchema>;

export function mimeTypeOf(id: string): string {
  const ext = id.slice(id.lastIndexOf('.') + 1) as MediaExtension;
  return mediaTypes[ext].mimeType;
}

export function extensionForMime(mimeType: string): MediaExtension | undefined {
  return (Object.keys(mediaTypes) as MediaExtension[]).find((ext) => mediaTypes[ext].mimeType === mimeType);
}
