import type { DestinationState } from '../../../shared/outputs/outputStatus';
import type { DestinationPlatform, OutputCanvas } from '../../../shared/outputs/platformPresets';
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

export const canvasKeys: Record<OutputCanvas, TranslationKey> = {
  '1920x1080': 'outputs.canvas.landscape1080',
  '1280x720': 'outputs.canvas.landscape720',
  '1080x1920': 'outputs.canvas.portrait1080',
  '720x1280': 'outputs.canvas.portrait720',
};

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
