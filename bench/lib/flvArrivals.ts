import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Whether an FLV file (as nginx-rtmp records it while it arrives) holds a video tag yet. */
export function hasVideoTag(bytes: Buffer): boolean {
  // 9-byte header and the first PreviousTagSize; then tags: type, 3-byte size, 7 more header bytes.
  let at = 13;
  while (at + 11 <= bytes.length) {
    const type = bytes[at] ?? 0;
    const size = bytes.readUIntBE(at + 1, 3);
    if (type === 9) return true;
    at += 11 + size + 4;
  }
  return false;
}

/**
 * When the first video tag of a new publish under `key` reached the ingest's disk: nginx-rtmp
 * writes each tag as it receives it, so this is when the platform had the picture. Files
 * present before (`seen`) are older publishes.
 */
export async function firstVideoTag(
  dir: string,
  key: string,
  seen: Set<string>,
  timeoutMs = 20_000,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(`${key}-`) || seen.has(name)) continue;
      if (hasVideoTag(readFileSync(join(dir, name)))) {
        seen.add(name);
        return performance.now();
      }
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no video reached the ingest for ${key} in ${timeoutMs} ms`);
}

/** The publishes already recorded under `key`. */
export function recorded(dir: string, key: string): Set<string> {
  return new Set(readdirSync(dir).filter((name) => name.startsWith(`${key}-`)));
}
