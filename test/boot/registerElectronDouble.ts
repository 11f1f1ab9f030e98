// Loaded with `node --import` before out/main/index.js: the built main's
// `import ... from 'electron'` resolves to the typed double beside this file.
import { registerHooks } from 'node:module';

const double = new URL('./electronDouble.ts', import.meta.url).href;

registerHooks({
  resolve: (specifier, context, nextResolve) =>
    specifier === 'electron' ? { url: double, shortCircuit: true } : nextResolve(specifier, context),
});
