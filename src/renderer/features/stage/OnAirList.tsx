import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenes, useStudio } from '../studio/StudioContext';

/**
 * What viewers see right now, in words: each visible item of the program and
 * the text it shows. For screen readers, and for checking a price before a cut.
 */
export function OnAirList() {
  const { t } = useTranslation();
  const media = useStudio();
  const { collection } = useScenes();
  const [lines, setLines] = useState<{ id: string; name: string; texts: string[] }[]>([]);

  useEffect(() => {
    // Overlays draw on the next frame after a change; read them once a second.
    const read = (): void => {
      const scene = collection.scenes.find((s) => s.id === media.compositor.programSceneId);
      const next = (scene?.items ?? [])
        .filter((i) => i.visible)
        .map((i) => ({
          id: i.id,
          name: collection.sources.find((s) => s.id === i.sourceId)?.name ?? '',
          texts: media.sources.describe(i.sourceId),
        }))
        .reverse();
      setLines((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    read();
    const timer = setInterval(read, 1000);
    return () => clearInterval(timer);
  }, [collection, media]);

  return (
    <details className="on-air">
      <summary>{t('stage.onAir')}</summary>
      <ul aria-label={t('stage.onAir')}>
        {lines.map((line) => (
          <li key={line.id}>
            <strong>{line.name}</strong>
            {line.texts.length > 0 && <span>: {line.texts.join(' · ')}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
