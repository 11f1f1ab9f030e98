import type { LiveRequirement } from '../../../shared/live/liveReadiness';
import type { TranslationKey } from '../../i18n/i18n';

/** The words for each thing a show may still need: literal keys, never concatenated. */
export const liveRequirementKeys: Record<LiveRequirement, TranslationKey> = {
  livekitUrl: 'live.requirement.livekitUrl',
  livekitApiKey: 'live.requirement.livekitApiKey',
  livekitApiSecret: 'live.requirement.livekitApiSecret',
  livekitTokenEndpoint: 'live.requirement.livekitTokenEndpoint',
};
