import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    // better-sqlite3 and other Node dependencies load from node_modules at run time.
    // browserStudio: the same services under plain Node, with the renderer in a browser.
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          browserStudio: resolve('src/main/browserStudioMain.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require node_modules: bundle everything (zod
    // included) into one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves minification off; the renderer parses faster without the bulk.
      minify: true,
      // The studio, and the viewer page that main's viewer page server hands to viewers.
      rollupOptions: {
        input: { index: resolve('src/renderer/index.html'), viewer: resolve('src/renderer/viewer.html') },
      },
    },
  },
});
