// Renders resources/icon.svg to the 1024x1024 resources/icon.png that
// electron-builder turns into .icns and .ico. Run after editing the SVG:
//   npx tsx scripts/render-icon.ts
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../test/e2e/harness/chromium';

const resources = join(import.meta.dirname, '../resources');
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
await page.locator('svg').screenshot({ path: join(resources, 'icon.png'), omitBackground: true });
await browser.close();
