import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBootData } from './boot';
import { initI18n } from './i18n/i18n';
import './styles/app.css';

// Ask main first, so its answer travels while i18n and React start.
const boot = loadBootData();
initI18n();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App boot={boot} />
  </StrictMode>,
);
