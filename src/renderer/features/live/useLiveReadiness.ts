import { useEffect, useState } from 'react';
import type { LiveRequirement } from '../../../shared/live/liveReadiness';
import type { Settings } from '../../../shared/settings/settings';
import { call } from '../../ipc/studio';
import { useSecretChanges } from '../settings/useSecretChanges';

/**
 * What main says is still missing for "Go live" (undefined until it has answered). Asked again
 * whenever the settings change or a secret is stored or removed.
 */
export function useLiveReadiness(settings: Settings): LiveRequirement[] | undefined {
  const [missing, setMissing] = useState<LiveRequirement[]>();
  const secretChanges = useSecretChanges();
  useEffect(() => {
    let current = true;
    call('live:readiness')
      .then(({ missing: answer }) => {
        if (current) setMissing((previous) => (previous?.join() === answer.join() ? previous : answer));
      })
      .catch((error: unknown) => console.warn('live readiness not known', error));
    return () => {
      current = false;
    };
  }, [settings, secretChanges]);
  return missing;
}
