import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addScene, removeScene, renameScene, setPreviewScene } from '../../../shared/scenes/edits';
import { useScenes, useStudio } from '../studio/StudioContext';
import { DockControls } from '../layout/DockControls';

/** The show's scenes: click to prepare one in preview; the one on air is marked. */
export function ScenesPanel() {
  const { t } = useTranslation();
  const { editor } = useStudio();
  const { collection } = useScenes();
  const [renaming, setRenaming] = useState<string>();

  return (
    <section className="panel" aria-labelledby="scenes-heading">
      <div className="panel__header">
        <h2 id="scenes-heading">{t('sources.scenesTitle')}</h2>
        <button
          type="button"
          onClick={() =>
            editor.commit((c) =>
              addScene(c, {
                id: crypto.randomUUID(),
                name: t('scenes.newName', { number: c.scenes.length + 1 }),
              }),
            )
          }
        >
          {t('scenes.add')}
        </button>
        <DockControls title={t('sources.scenesTitle')} />
      </div>
      <ul className="list" aria-label={t('sources.scenesTitle')}>
        {collection.scenes.map((scene, index) => {
          const onAir = scene.id === collection.programSceneId;
          const selected = scene.id === collection.previewSceneId;
          return (
            <li key={scene.id} className={`list__row${selected ? ' list__row--selected' : ''}`}>
              {renaming === scene.id ? (
                <input
                  aria-label={t('scenes.nameLabel')}
                  defaultValue={scene.name}
                  dir="auto"
                  autoFocus
                  maxLength={80}
                  onBlur={(event) => {
                    const name = event.target.value.trim();
                    if (name && name !== scene.name) editor.commit((c) => renameScene(c, scene.id, name));
                    setRenaming(undefined);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.currentTarget.blur();
                    if (event.key === 'Escape') setRenaming(undefined);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="list__main"
                  aria-pressed={selected}
                  onClick={() => editor.commit((c) => setPreviewScene(c, scene.id))}
                  onDoubleClick={() => setRenaming(scene.id)}
                  title={index < 9 ? t('scenes.hotkeyHint', { key: index + 1 }) : undefined}
                >
                  {onAir && <span className="on-air-dot" aria-label={t('scenes.onAir')} />}
                  <bdi>{scene.name}</bdi>
                </button>
              )}
              <button type="button" className="icon" onClick={() => setRenaming(scene.id)}>
                {t('scenes.rename')}
              </button>
              <button
                type="button"
                className="icon"
                disabled={collection.scenes.length <= 1}
                onClick={() => editor.commit((c) => removeScene(c, scene.id))}
              >
                {t('sources.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
