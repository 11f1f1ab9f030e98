import { useEffect, useState } from 'react';

/**
 * A count that goes up each time main says a secret was stored or removed (`secrets:onChanged`),
 * from this window or another: for answers that depend on a key, to be asked again.
 */
export function useSecretChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => window.studio.on('secrets:onChanged', () => setChanges((n) => n + 1)), []);
  return changes;
}
