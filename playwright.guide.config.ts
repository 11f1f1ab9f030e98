import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/** `npm run screenshots`: the guide's pictures, made from the browser studio with sample data. */
export default defineConfig({
  ...baseConfig,
  testDir: 'test/guide',
  testMatch: '*.screens.ts',
  reporter: [['list']],
  use: { ...baseConfig.use, viewport: { width: 1600, height: 1000 }, trace: 'off' },
});
