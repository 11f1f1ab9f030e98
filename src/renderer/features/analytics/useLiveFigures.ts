import { useEffect, useState } from 'react';
import type { LiveFigures } from '../../../shared/analytics/showReport';
import { call } from '../../ipc/studio';

/** The show on air's figures as main pushes them (every two seconds), or null between shows. */
export function useLiveFigures(): LiveFigures | null {
  const [figures, setFigures] = useState<LiveFigures | null>(null);
  useEffect(() => {
    let latest: LiveFigures | null | undefined;
    const stop = window.studio.on('analytics:onLive', (next) => {
      latest = next;
      setFigures(next);
    });
    void call('analytics:getLive').then((now) => latest === undefined && setFigures(now));
    return stop;
  }, []);
  // A show that ended stops the pushes: ask once more when none came for a while.
  useEffect(() => {
    if (!figures) return;
    const timer = setTimeout(() => void call('analytics:getLive').then(setFigures), 5000);
    return () => clearTimeout(timer);
  }, [figures]);
  return figures;
}
