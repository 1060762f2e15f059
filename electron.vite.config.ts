import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // uuid ships only as an ES module, which Electron's CommonJS main process cannot require: bundle it in.
      externalizeDeps: { exclude: ['uuid'] },
      rolldownOptions: {
        // The desktop shell, and the browser host that serves the same contract from plain Node.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages, so everything it uses is bundled in.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs, so the same build loads from app://stint/ in Electron and from the browser host.
    base: './',
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; a third of the size loads faster.
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
