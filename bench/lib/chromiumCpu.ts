import type { CDPSession } from 'playwright-core';

/** CPU seconds Chromium's renderer processes and its GPU process have used so far (SystemInfo). */
export async function chromiumCpu(cdp: CDPSession): Promise<{ renderer: number; gpu: number }> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; cpuTime: number }[];
  };
  const sum = (type: string) => processInfo.filter((p) => p.type === type).reduce((s, p) => s + p.cpuTime, 0);
  return { renderer: sum('renderer'), gpu: sum('GPU') };
}
