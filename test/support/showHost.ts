/**
 * A stand-in studio process for the kill test: starts a show and counts a buy click every 10 ms
 * through the IPC router, printing `written <n>` each time a batch is on disk, until killed.
 * Usage: tsx test/support/showHost.ts <dataDir>
 */
import { buildServices, trustedSender } from './services';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: showHost.ts <dataDir>');
let written = 0;
const services = buildServices(dataDir, {
  onShowEventsFlush: (rows) => {
    written += rows;
    console.log(`written ${written}`);
  },
});
await services.router.dispatch(trustedSender, 'analytics:startShow', undefined);
let sent = 0;
setInterval(() => {
  sent++;
  void services.router.dispatch(trustedSender, 'analytics:record', [
    { kind: 'buyClick', viewer: `viewer-${sent % 50}`, market: 'br', productId: 'scarf' },
  ]);
}, 10);
