import type { Settings } from '../settings/settings';

/** What a show needs before it can go out, by setting (or secret) name. */
export const liveRequirements = [
  'livekitUrl',
  'livekitApiKey',
  'livekitApiSecret',
  'livekitTokenEndpoint',
] as const;
export type LiveRequirement = (typeof liveRequirements)[number];

/**
 * What is still missing for "Go live": the server, key and secret when the studio mints its own
 * tokens, or the shop's token endpoint. Main answers it (it alone knows whether the secret is
 * stored), and the Go live button follows the answer.
 */
export function missingForLive(
  settings: Pick<Settings, 'livekitAuth' | 'livekitUrl' | 'livekitApiKey' | 'livekitTokenEndpoint'>,
  hasApiSecret: boolean,
): LiveRequirement[] {
  if (settings.livekitAuth === 'tokenEndpoint')
    return settings.livekitTokenEndpoint ? [] : ['livekitTokenEndpoint'];
  const missing: LiveRequirement[] = [];
  if (!settings.livekitUrl) missing.push('livekitUrl');
  if (!settings.livekitApiKey) missing.push('livekitApiKey');
  if (!hasApiSecret) missing.push('livekitApiSecret');
  return missing;
}
