import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The rule in eslint.config.js is what keeps the layers apart; prove it fires.
describe('the layering lint rule', () => {
  it.each([
    ['src/shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['src/renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['src/renderer/x.ts', "import { IpcRouter } from '../main/ipc/router';\nexport const a = IpcRouter;\n"],
    ['src/main/x.ts', "import { App } from '../renderer/App';\nexport const a = App;\n"],
    [
      'src/preload/x.ts',
      "import { createStudioServices } from '../main/studioServices';\nexport const a = createStudioServices;\n",
    ],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    [
      'src/renderer/x.ts',
      "import { settingsSchema } from '../shared/settings/settings';\nexport const a = settingsSchema;\n",
    ],
    ['src/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('allows a layer-respecting import in %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
