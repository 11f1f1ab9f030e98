import type { TFunction } from 'i18next';
import type { MediaAsset } from '../../../shared/media/mediaAsset';
import type { Size } from '../../../shared/scenes/layout';
import type { Source, SourceKind } from '../../../shared/scenes/model';
import type { TranslationKey } from '../../i18n/i18n';

/** Kinds the host can add from the sources panel, with their menu labels. */
export const addableKinds = [
  { kind: 'camera', label: 'sources.kinds.camera' },
  { kind: 'screen', label: 'sources.kinds.screen' },
  { kind: 'networkFeed', label: 'sources.kinds.networkFeed' },
  { kind: 'cohost', label: 'sources.kinds.cohost' },
  { kind: 'image', label: 'sources.kinds.image' },
  { kind: 'video', label: 'sources.kinds.video' },
  { kind: 'productCard', label: 'sources.kinds.productCard' },
  { kind: 'lowerThird', label: 'sources.kinds.lowerThird' },
  { kind: 'countdown', label: 'sources.kinds.countdown' },
  { kind: 'poll', label: 'sources.kinds.poll' },
  { kind: 'question', label: 'sources.kinds.question' },
] as const satisfies readonly { kind: SourceKind; label: TranslationKey }[];

export type AddableKind = (typeof addableKinds)[number]['kind'];

export const kindLabels: Record<SourceKind, TranslationKey> = {
  camera: 'sources.kinds.camera',
  screen: 'sources.kinds.screen',
  image: 'sources.kinds.image',
  video: 'sources.kinds.video',
  networkFeed: 'sources.kinds.networkFeed',
  cohost: 'sources.kinds.cohost',
  productCard: 'sources.kinds.productCard',
  lowerThird: 'sources.kinds.lowerThird',
  countdown: 'sources.kinds.countdown',
  poll: 'sources.kinds.poll',
  question: 'sources.kinds.question',
};

/** A source showing an imported file, named after it. */
export function newMediaSource(asset: MediaAsset): Source {
  const id = crypto.randomUUID();
  const name = asset.name.slice(0, 80);
  return asset.kind === 'image'
    ? { id, name, kind: 'image', settings: { mediaId: asset.id } }
    : { id, name, kind: 'video', settings: { mediaId: asset.id, loop: true, volume: 1, muted: false } };
}

/** A new source of `kind` with sensible first settings (the host's name on the lower third, say). */
export function newSource(
  kind: Exclude<AddableKind, 'image' | 'video'>,
  context: {
    t: TFunction;
    hostName: string;
    firstProductId: string | null;
    now: Date;
    /** The screen or window picked for a screen source. */
    screenLabel?: string;
    /** A camera's capture size (useNewCameraSize.ts); 1920 × 1080 without one. */
    cameraSize?: Size;
  },
): Source {
  const id = crypto.randomUUID();
  const name = String(context.t(kindLabels[kind]));
  switch (kind) {
    case 'camera': {
      const { width, height } = context.cameraSize ?? { width: 1920, height: 1080 };
      return { id, name, kind, settings: { deviceId: '', width, height, fps: 30 } };
    }
    case 'screen':
      return { id, name: context.screenLabel || name, kind, settings: { label: context.screenLabel ?? '' } };
    case 'networkFeed':
      // The feed itself (address, login) is saved from the properties panel.
      return { id, name, kind, settings: { feedId: crypto.randomUUID() } };
    case 'cohost':
      // No identity: the first guest on camera. Guests get a new identity with each invitation.
      return { id, name, kind, settings: { participantIdentity: '' } };
    case 'productCard':
      return { id, name, kind, settings: { productId: context.firstProductId } };
    case 'lowerThird':
      return { id, name, kind, settings: { title: context.hostName, subtitle: '' } };
    case 'countdown':
      return {
        id,
        name,
        kind,
        settings: { label: '', endsAt: new Date(context.now.getTime() + 10 * 60_000).toISOString() },
      };
    case 'poll':
    case 'question':
      return { id, name, kind, settings: {} };
  }
}
