/**
 * A stand-in studio process for the crash test: runs the feed service on one
 * camera, prints "live" once frames flow, and waits to be killed.
 * Usage: tsx test/support/feedHost.ts <dataDir> <rtspUrl>
 */
import { buildServices } from './services';

const [dataDir, url] = process.argv.slice(2);
if (!dataDir || !url) throw new Error('usage: feedHost.ts <dataDir> <rtspUrl>');
const services = buildServices(dataDir);
services.feeds.save({ id: 'cam', name: 'Cam', url, rtspTransport: 'tcp', username: '' }, null);
await services.feeds.open('cam');
const timer = setInterval(() => {
  if (services.feeds.statuses()[0]?.state === 'live') {
    console.log('live');
    clearInterval(timer);
  }
}, 50);
