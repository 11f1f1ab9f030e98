import { z } from 'zod';
import { marketIds } from '../markets/markets';

/**
 * The scene model, in OBS's vocabulary: a Source is something that can be drawn
 * (a camera, a screen, an overlay); a Scene holds SceneItems, each placing one
 * source with a transform. Items are drawn in array order: the first is at the
 * bottom.
 */

const id = z.string().min(1).max(64);

export const cameraSettingsSchema = z.object({
  /** '' means the system default camera. */
  deviceId: z.string().max(256),
  width: z.number().int().min(160).max(3840),
  height: z.number().int().min(120).max(2160),
  fps: z.number().int().min(5).max(60),
});

export const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ id, name: z.string().max(80), kind: z.literal('camera'), settings: cameraSettingsSchema }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('screen'),
    // The picked screen or window by name: ids change between runs, names mostly do not.
    settings: z.object({ label: z.string().max(256).default('') }),
  }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('image'),
    settings: z.object({ mediaId: id }),
  }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('video'),
    // Volume and mute joined later: collections saved before them read as full volume.
    settings: z.object({
      mediaId: id,
      loop: z.boolean(),
      volume: z.number().min(0).max(4).default(1),
      muted: z.boolean().default(false),
    }),
  }),
  /** A factory or warehouse network camera; its feed lives in main (feeds service). */
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('networkFeed'),
    settings: z.object({ feedId: id }),
  }),
  /** A co-host's video from the live room. */
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('cohost'),
    settings: z.object({ participantIdentity: z.string().max(256) }),
  }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('productCard'),
    settings: z.object({ productId: id.nullable() }),
  }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('lowerThird'),
    settings: z.object({ title: z.string().max(120), subtitle: z.string().max(160) }),
  }),
  z.object({
    id,
    name: z.string().max(80),
    kind: z.literal('countdown'),
    settings: z.object({ label: z.string().max(80), endsAt: z.iso.datetime() }),
  }),
  /** Slots the comments feature fills: poll results and the question on screen. */
  z.object({ id, name: z.string().max(80), kind: z.literal('poll'), settings: z.object({}) }),
  z.object({ id, name: z.string().max(80), kind: z.literal('question'), settings: z.object({}) }),
]);

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];
export type SourceOf<K extends SourceKind> = Extract<Source, { kind: K }>;

/** Position and size in output pixels; rotation in degrees about the item's centre. */
export const transformSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  rotation: z.number().finite().min(-360).max(360),
});
export type Transform = z.infer<typeof transformSchema>;

/** Fractions of the source cut from each edge (0 = none). */
export const cropSchema = z
  .object({
    top: z.number().min(0).max(1),
    right: z.number().min(0).max(1),
    bottom: z.number().min(0).max(1),
    left: z.number().min(0).max(1),
  })
  .refine((c) => c.left + c.right < 1 && c.top + c.bottom < 1, { message: 'crop leaves nothing' });
export type Crop = z.infer<typeof cropSchema>;

export const sceneItemSchema = z.object({
  id,
  sourceId: id,
  transform: transformSchema,
  crop: cropSchema,
  opacity: z.number().min(0).max(1),
  visible: z.boolean(),
});
export type SceneItem = z.infer<typeof sceneItemSchema>;

/** Where an item sits on a phone's portrait canvas (1080x1920 pixels), where the host placed it. */
export const portraitPlacementSchema = z.object({ itemId: id, transform: transformSchema, crop: cropSchema });
export type PortraitPlacement = z.infer<typeof portraitPlacementSchema>;

export const sceneSchema = z.object({
  id,
  name: z.string().trim().min(1).max(80),
  items: z.array(sceneItemSchema).max(64),
  /**
   * The scene's portrait arrangement, for destinations on phones: the items the host placed by
   * hand; every other item keeps the default phone layout (canvasArrangement.ts).
   */
  portrait: z.array(portraitPlacementSchema).max(64).optional(),
});
export type Scene = z.infer<typeof sceneSchema>;

/** A microphone in the mix: heard in every scene, like OBS's global Mic/Aux. */
export const microphoneSchema = z.object({
  id,
  name: z.string().max(80),
  /** '' means the system default microphone. */
  deviceId: z.string().max(256),
  /** Linear gain: 1 is unchanged, 2 is about +6 dB. */
  volume: z.number().min(0).max(4),
  muted: z.boolean(),
});
export type Microphone = z.infer<typeof microphoneSchema>;

export const sceneCollectionSchema = z
  .object({
    sources: z.array(sourceSchema).max(256),
    microphones: z.array(microphoneSchema).max(8).default([]),
    scenes: z.array(sceneSchema).min(1).max(64),
    programSceneId: id,
    previewSceneId: id,
    market: z.enum(marketIds),
  })
  .superRefine((collection, ctx) => {
    const sceneIds = new Set(collection.scenes.map((s) => s.id));
    const sourceIds = new Set(collection.sources.map((s) => s.id));
    if (!sceneIds.has(collection.programSceneId))
      ctx.addIssue({ code: 'custom', message: 'no program scene' });
    if (!sceneIds.has(collection.previewSceneId))
      ctx.addIssue({ code: 'custom', message: 'no preview scene' });
    for (const scene of collection.scenes) {
      for (const item of scene.items) {
        if (!sourceIds.has(item.sourceId)) {
          ctx.addIssue({ code: 'custom', message: `item ${item.id} names a missing source` });
        }
      }
    }
  });
export type SceneCollection = z.infer<typeof sceneCollectionSchema>;

export const noCrop: Crop = { top: 0, right: 0, bottom: 0, left: 0 };
