import { useEffect, useState } from 'react';
import type { LiveRequirement } from '../../../shared/live/liveReadiness';
import type { Settings } from '../../../shared/settings/settings';
import { call } from '../../ipc/studio';

/** A secret is stored from Settings without a settings change: ask again this often while something is missing. */
const recheckMs = 3000;

/**
 * What main says is still missing for "Go live" (undefined until it has answered). Asked again
 * whenever the settings change, and every few seconds while something is missing.
 */
export function useLiveReadiness(settings: Settings): LiveRequirement[] | undefined {
  const [missing, setMissing] = useState<LiveRequirement[]>();
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      call('live:readiness')
        .then(({ missing: answer }) => {
          if (!current) return;
          setMissing((previous) => (previous?.join() === answer.join() ? previous : answer));
          if (answer.length > 0) timer = setTimeout(ask, recheckMs);
        })
        .catch((error: unknown) => console.warn('live readiness not known', error));
    };
    ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [settings]);
  return missing;
}
