import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { matchMarket } from '../../shared/markets/matchMarket';
import { marketById, marketIds, type MarketId } from '../../shared/markets/markets';
import { ViewerApp } from './ViewerApp';
import { initViewerText } from './viewerText';
import './viewer.css';

// The page is configured by its address: ?market=mx&name=Ana&endpoint=<token endpoint>.
// Without an endpoint it asks the server that served it (the studio's viewer page server).
const params = new URLSearchParams(location.search);
// A guest invitation travels in the fragment (#server=…&invite=…), which browsers never send to servers.
const fragment = new URLSearchParams(location.hash.slice(1));
const inviteToken = fragment.get('invite');
const inviteServer = fragment.get('server');
const invite =
  inviteToken && inviteServer && /^wss?:\/\//i.test(inviteServer)
    ? { serverUrl: inviteServer, token: inviteToken }
    : undefined;
const asked = params.get('market');
const market: MarketId = marketIds.includes(asked as MarketId)
  ? (asked as MarketId)
  : matchMarket(navigator.languages);
initViewerText(marketById(market).language);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ViewerApp
      invite={invite}
      tokenEndpoint={new URL(params.get('endpoint') ?? 'token', location.href).toString()}
      name={(params.get('name') ?? '').slice(0, 64)}
      initialMarket={market}
    />
  </StrictMode>,
);
