#!/usr/bin/env node
// A relay from TikTok LIVE (or any platform without a comments API) to the studio's bridge.
// TikTok has no official comments API: run the third-party tool you trust to read your live, have it
// write one JSON object per line, and pipe it here:
//
//   your-tiktok-reader | CROSSLIVE_BRIDGE=http://127.0.0.1:PORT/comments CROSSLIVE_TOKEN=... node docs/tiktok-relay.mjs
//
// Each line: {"userId": "...", "nickname": "...", "comment": "...", "market": "vn"} (rename the fields
// below to your tool's). The address and token are in the studio, under "Comments from other platforms".
import { createInterface } from 'node:readline';

const bridge = process.env.CROSSLIVE_BRIDGE;
const token = process.env.CROSSLIVE_TOKEN;
if (!bridge || !token) {
  console.error('Set CROSSLIVE_BRIDGE and CROSSLIVE_TOKEN (the studio shows both).');
  process.exit(2);
}

let batch = [];
let flushing = Promise.resolve();
const toComment = (line) => {
  const event = JSON.parse(line);
  return {
    // The platform's own id, prefixed: a ban in the studio stops this TikTok user, not someone else.
    authorId: `tiktok:${String(event.userId).slice(0, 120)}`,
    authorName: String(event.nickname ?? '').slice(0, 200),
    text: String(event.comment ?? ''),
    ...(event.market ? { market: String(event.market) } : {}),
  };
};

async function flush() {
  if (batch.length === 0) return;
  const sending = batch.splice(0, 200);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(bridge, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(sending),
      });
      if (response.status === 401)
        throw Object.assign(new Error('token refused: copy it again from the studio'), { fatal: true });
      if (response.status === 400) return console.error('the studio refused a batch:', await response.text());
      if (response.ok) return;
    } catch (error) {
      if (error.fatal) throw error;
    }
    // The studio restarting: wait and send the same batch again.
    await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
  }
}

// One batch at a time, in order: a batch being retried holds the next back.
const flushInOrder = () => (flushing = flushing.then(flush));
setInterval(() => void flushInOrder().catch((error) => (console.error(error.message), process.exit(1))), 250);
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  try {
    const comment = toComment(line);
    if (comment.text.trim()) batch.push(comment);
  } catch {
    console.error('not JSON, skipped:', line.slice(0, 80));
  }
}
await flushInOrder();
process.exit(0);
