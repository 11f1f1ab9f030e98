import type { Settings } from '../../../shared/settings/settings';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';
import { ApertiumProvider } from './apertiumProvider';
import { DeepLProvider } from './deeplProvider';
import { GoogleTranslateProvider } from './googleProvider';
import { LibreTranslateProvider } from './libreTranslateProvider';
import { OpenAiChatProvider } from './openAiChatProvider';
import { ResilientTranslator, type ResilienceOptions } from './resilientTranslator';
import type { TranslationProvider } from './translationProvider';

type TranslationSettings = Pick<Settings, 'translationProvider' | 'translationUrl' | 'translationModel'>;

function providerFor(
  settings: TranslationSettings,
  apiKey: string | undefined,
): TranslationProvider | undefined {
  const url = settings.translationUrl;
  switch (settings.translationProvider) {
    case 'apertium':
      return new ApertiumProvider(url || 'http://127.0.0.1:2737');
    case 'libretranslate':
      return new LibreTranslateProvider(url || 'https://libretranslate.com', apiKey);
    case 'deepl':
      return new DeepLProvider(url || 'https://api-free.deepl.com', apiKey);
    case 'openai':
      return new OpenAiChatProvider(
        url || 'https://api.openai.com/v1',
        apiKey,
        settings.translationModel || 'gpt-4o-mini',
      );
    case 'google':
      return new GoogleTranslateProvider(url || 'https://translation.googleapis.com', apiKey);
    case 'off':
      return undefined;
  }
}

/** The translator the settings ask for, rebuilt only when they (or the key) change: its breaker state lives on. */
export function translatorFromSettings(
  db: StudioDatabase,
  logger: Logger,
  settings: () => TranslationSettings,
  apiKey: () => string | undefined,
  resilience?: ResilienceOptions,
): () => ResilientTranslator | undefined {
  let key = '';
  let current: ResilientTranslator | undefined;
  return () => {
    const now = settings();
    const secret = apiKey();
    const nextKey = JSON.stringify([now, secret]);
    if (nextKey !== key) {
      key = nextKey;
      const provider = providerFor(now, secret);
      current = provider ? new ResilientTranslator(provider, db, logger, resilience) : undefined;
    }
    return current;
  };
}
