import { useTranslation } from 'react-i18next';
import { AudioMixerPanel } from '../audio/AudioMixerPanel';
import { ItemProperties } from '../scenes/ItemProperties';
import { ScenesPanel } from '../scenes/ScenesPanel';
import { SourcesPanel } from '../scenes/SourcesPanel';

/** Scenes, the sources of the scene in preview, and the selected item's settings. */
export function SourcesColumn({
  selected,
  onSelect,
}: {
  selected?: string;
  onSelect(itemId?: string): void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="column" aria-label={t('sources.label')}>
      <ScenesPanel />
      <SourcesPanel selected={selected} onSelect={onSelect} />
      <ItemProperties itemId={selected} />
      <AudioMixerPanel />
    </aside>
  );
}
