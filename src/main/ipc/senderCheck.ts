/** Where an IPC call came from, as Electron's senderFrame (or the test page) reports it. */
export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

/**
 * `scheme://host[:port]` of a URL. Node's URL reports "null" as the origin of
 * custom schemes such as `studio://app`, so the origin is rebuilt by hand.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Trusts only the top frame of pages served from one of `trustedOrigins`. */
export function createSenderCheck(trustedOrigins: readonly string[]): (sender: SenderInfo) => boolean {
  const trusted = new Set(trustedOrigins);
  return (sender) => {
    if (!sender.isMainFrame) return false;
    const origin = originOf(sender.url);
    return origin !== undefined && trusted.has(origin);
  };
}
