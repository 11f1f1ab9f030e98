import { useTranslation } from 'react-i18next';

/** Viewer comments and the question queue. */
export function CommentsColumn() {
  const { t } = useTranslation();
  return (
    <aside className="column" aria-label={t('comments.title')}>
      <section className="panel">
        <h2>{t('comments.title')}</h2>
        <p className="empty">{t('comments.empty')}</p>
      </section>
    </aside>
  );
}
