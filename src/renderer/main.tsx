import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { BootData } from './boot';
import { initI18n } from './i18n/i18n';
import './styles/app.css';
import { log } from './ipc/log';

/** Renders the studio once its boot data (already requested by entry.ts) arrives. */
export function start(boot: Promise<BootData>): void {
  reportWindowErrors();
  initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  );
}

/** Uncaught errors of the studio window go to main.log too, where a host's problem report is. */
function reportWindowErrors(): void {
  window.addEventListener('error', (event) =>
    log.error('window', 'uncaught error', {
      error: String(event.error ?? event.message),
      at: `${event.filename}:${event.lineno}`,
    }),
  );
  window.addEventListener('unhandledrejection', (event) =>
    log.error('window', 'unhandled rejection', { error: String(event.reason) }),
  );
}
