import type { SettingKey } from '../../../shared/settings/settings';
import type { TranslationKey } from '../../i18n/i18n';

/** Label and error message of each editable setting (literal keys, checked against locales/en). */
export const settingLabels: Record<
  // The language has its own menu; the room mode is chosen beside "Go live"; platforms have their own form.
  Exclude<SettingKey, 'language' | 'liveRoomMode' | 'studioLayout' | 'setupDone' | 'chatPlatforms'>,
  { label: TranslationKey; error: TranslationKey }
> = {
  hostDisplayName: { label: 'settings.hostDisplayName', error: 'settings.errors.hostDisplayName' },
  hostTimeZone: { label: 'settings.hostTimeZone', error: 'settings.errors.hostTimeZone' },
  outputResolution: { label: 'settings.outputResolution', error: 'settings.errors.outputResolution' },
  outputFps: { label: 'settings.outputFps', error: 'settings.errors.outputFps' },
  livekitUrl: { label: 'settings.livekitUrl', error: 'settings.errors.websocketUrl' },
  livekitApiKey: { label: 'settings.livekitApiKey', error: 'settings.errors.livekitApiKey' },
  livekitRoom: { label: 'settings.livekitRoom', error: 'settings.errors.livekitRoom' },
  livekitAuth: { label: 'settings.livekitAuth', error: 'settings.errors.choice' },
  livekitTokenEndpoint: { label: 'settings.livekitTokenEndpoint', error: 'settings.errors.httpUrl' },
  liveVideoCodec: { label: 'settings.liveVideoCodec', error: 'settings.errors.choice' },
  liveQuality: { label: 'settings.liveQuality', error: 'settings.errors.choice' },
  translationProvider: { label: 'settings.translationProvider', error: 'settings.errors.choice' },
  translationUrl: { label: 'settings.translationUrl', error: 'settings.errors.httpUrl' },
  translationModel: { label: 'settings.translationModel', error: 'settings.errors.translationModel' },
  viewerMarkets: { label: 'settings.viewerMarkets', error: 'settings.errors.choice' },
  questionLanguage: { label: 'settings.questionLanguage', error: 'settings.errors.choice' },
  commentBlocklist: { label: 'settings.commentBlocklist', error: 'settings.errors.commentBlocklist' },
  obsEnabled: { label: 'settings.obsEnabled', error: 'settings.errors.choice' },
  obsAddress: { label: 'settings.obsAddress', error: 'settings.errors.websocketUrl' },
};

export type EditableSettingKey = keyof typeof settingLabels;
