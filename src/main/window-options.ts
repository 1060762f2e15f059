import type { BrowserWindowConstructorOptions } from 'electron';

/** The board needs room for several lanes side by side; below this the lanes become unusable. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;

/** Matches the page's own light and dark backgrounds, so the window does not flash white before it paints. */
export function windowBackground(prefersDark: boolean): string {
  return prefersDark ? '#16181d' : '#f6f7f9';
}

/**
 * The main window. Every web preference that matters for security is spelled out rather than left to Electron's
 * defaults, so a reader (and the test) can see the page is isolated: no Node in the page, a sandboxed preload
 * in its own JavaScript world, same-origin policy on, no mixed content, no <webview>.
 */
export function buildWindowOptions(preloadPath: string, prefersDark = false): BrowserWindowConstructorOptions {
  return {
    title: 'Stint',
    ...DEFAULT_WINDOW_SIZE,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', so the user never sees an empty frame while the page loads.
    show: false,
    backgroundColor: windowBackground(prefersDark),
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Notes and briefs are prose; a spelling check helps there.
      spellcheck: true,
    },
  };
}
