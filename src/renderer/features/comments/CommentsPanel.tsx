import { useTranslation } from 'react-i18next';

/** Viewer comments and the question queue. */
export function CommentsPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-label={t('comments.title')}>
      <h2>{t('comments.title')}</h2>
      <p className="empty">{t('comments.empty')}</p>
    </section>
  );
}
