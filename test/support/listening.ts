import { readFileSync } from 'node:fs';

/**
 * Waits until some process listens on a local TCP port, without connecting to
 * it: a one-shot server (ffmpeg -listen 1) would take a probe for its client.
 * Reads the kernel's socket table (Linux).
 */
export async function waitForListener(port: number, timeoutMs: number): Promise<void> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const table = ['/proc/net/tcp', '/proc/net/tcp6']
      .map((file) => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return '';
        }
      })
      .join('\n');
    // Columns: sl local_address rem_address st …; state 0A is LISTEN.
    if (
      table
        .split('\n')
        .some(
          (line) => line.trim().split(/\s+/)[1]?.endsWith(`:${hex}`) && line.trim().split(/\s+/)[3] === '0A',
        )
    ) {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
}
