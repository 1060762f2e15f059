import { describe, expect, it } from 'vitest';
import { buildWindowOptions, MIN_WINDOW_SIZE, windowBackground } from './window-options';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions('/app/out/preload/index.js');

  it('isolates the page: no Node, sandboxed preload in its own world, web security on', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
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
    });
  });

  it('stays hidden until the page is ready, with a title and a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Stint');
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(options.width).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.width);
    expect(options.height).toBeGreaterThanOrEqual(MIN_WINDOW_SIZE.height);
  });

  it('paints a background that follows dark mode', () => {
    expect(buildWindowOptions('/p', true).backgroundColor).toBe(windowBackground(true));
    expect(buildWindowOptions('/p', false).backgroundColor).toBe(windowBackground(false));
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });

  it('gives each window its own options object', () => {
    const a = buildWindowOptions('/a');
    a.webPreferences!.sandbox = false;
    expect(buildWindowOptions('/b').webPreferences?.sandbox).toBe(true);
  });
});
