import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { BootData } from './boot';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

/** Renders the studio once its boot data (already requested by entry.ts) arrives. */
export function start(boot: Promise<BootData>): void {
  initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  );
}
