import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../language/LanguageMenu';

export type Page = 'studio' | 'settings';

export function TopBar({ page, onNavigate }: { page: Page; onNavigate(page: Page): void }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <h1 className="topbar__title">{t('app.title')}</h1>
      <nav className="topbar__nav" aria-label={t('nav.label')}>
        <button
          type="button"
          aria-current={page === 'studio' ? 'page' : undefined}
          onClick={() => onNavigate('studio')}
        >
          {t('nav.studio')}
        </button>
        <button
          type="button"
          aria-current={page === 'settings' ? 'page' : undefined}
          onClick={() => onNavigate('settings')}
        >
          {t('nav.settings')}
        </button>
      </nav>
      <LanguageMenu />
    </header>
  );
}
