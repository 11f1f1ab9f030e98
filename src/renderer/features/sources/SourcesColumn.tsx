import { useTranslation } from 'react-i18next';

/** Scenes and the sources placed in them. */
export function SourcesColumn() {
  const { t } = useTranslation();
  return (
    <aside className="column" aria-label={t('sources.label')}>
      <section className="panel">
        <h2>{t('sources.scenesTitle')}</h2>
        <p className="empty">{t('sources.noScenes')}</p>
      </section>
      <section className="panel">
        <h2>{t('sources.sourcesTitle')}</h2>
        <p className="empty">{t('sources.noSources')}</p>
      </section>
    </aside>
  );
}
