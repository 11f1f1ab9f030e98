import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/i18n';
import { LanguageMenu } from '../language/LanguageMenu';

export type Page = 'studio' | 'products' | 'schedule' | 'reports' | 'settings';

const pages: { page: Page; label: TranslationKey }[] = [
  { page: 'studio', label: 'nav.studio' },
  { page: 'products', label: 'nav.products' },
  { page: 'schedule', label: 'nav.schedule' },
  { page: 'reports', label: 'nav.reports' },
  { page: 'settings', label: 'nav.settings' },
];

export function TopBar({ page, onNavigate }: { page: Page; onNavigate(page: Page): void }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <h1 className="topbar__title">{t('app.title')}</h1>
      <nav className="topbar__nav" aria-label={t('nav.label')}>
        {pages.map((entry) => (
          <button
            key={entry.page}
            type="button"
            aria-current={page === entry.page ? 'page' : undefined}
            onClick={() => onNavigate(entry.page)}
          >
            {t(entry.label)}
          </button>
        ))}
      </nav>
      <LanguageMenu />
    </header>
  );
}
