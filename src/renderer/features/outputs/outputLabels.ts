import type { DestinationState } from '../../../shared/outputs/outputStatus';
import type { TFunction } from 'i18next';
import {
  isPortrait,
  type DestinationPlatform,
  type OutputCanvas,
} from '../../../shared/outputs/platformPresets';
import { isolate } from '../../i18n/bidi';
import type { DestinationUrlProblem } from '../../../shared/outputs/destination';
import type { TranslationKey } from '../../i18n/i18n';

export const platformNameKeys: Record<DestinationPlatform, TranslationKey> = {
  youtube: 'outputs.platform.youtube',
  facebook: 'outputs.platform.facebook',
  twitch: 'outputs.platform.twitch',
  tiktok: 'outputs.platform.tiktok',
  instagram: 'outputs.platform.instagram',
  customRtmp: 'outputs.platform.customRtmp',
  srt: 'outputs.platform.srt',
};

/** "Landscape 1280×720": the size isolated, so a right-to-left UI keeps it in reading order. */
export function canvasLabel(t: TFunction, canvas: OutputCanvas): string {
  const size = isolate(canvas.replace('x', '×'));
  return isPortrait(canvas)
    ? t('outputs.canvas.portrait', { size })
    : t('outputs.canvas.landscape', { size });
}

export const destinationStateKeys: Record<DestinationState, TranslationKey> = {
  off: 'outputs.state.off',
  connecting: 'outputs.state.connecting',
  live: 'outputs.state.live',
  reconnecting: 'outputs.state.reconnecting',
  failed: 'outputs.state.failed',
};

export const urlProblemKeys: Record<DestinationUrlProblem, TranslationKey> = {
  malformed: 'outputs.urlMalformed',
  scheme: 'outputs.urlScheme',
  credentials: 'outputs.urlCredentials',
};
