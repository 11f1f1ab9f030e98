import type { Server } from 'node:http';

/**
 * Stops a test's HTTP server and drops every socket it holds. `server.close()` alone waits for
 * each open socket, and Chromium now and then opens one it never sends a request on: Node keeps
 * that socket until its headers timeout, 60 s, longer than a test may take.
 */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
