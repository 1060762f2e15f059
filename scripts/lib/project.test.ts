import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installedElectronBinary, missingBuildOutputs } from './project.mjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stint-scripts-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text = '') {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('installedElectronBinary', () => {
  it('is null when the package never downloaded its binary (no path.txt)', () => {
    write('node_modules/electron/package.json', '{}');
    expect(installedElectronBinary(root, {})).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    write('node_modules/electron/path.txt', 'electron');
    expect(installedElectronBinary(root, {})).toBeNull();
  });

  it('is the binary when both are there', () => {
    write('node_modules/electron/path.txt', 'electron');
    write('node_modules/electron/dist/electron');
    expect(installedElectronBinary(root, {})).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    write('elsewhere/electron');
    expect(installedElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'elsewhere') })).toBe(join(root, 'elsewhere/electron'));
    expect(installedElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'nowhere') })).toBeNull();
  });
});

describe('missingBuildOutputs', () => {
  it('lists the host script and the page until both are built', () => {
    expect(missingBuildOutputs(root)).toEqual(['out/main/web.js', 'out/renderer/index.html']);
    write('out/main/web.js');
    expect(missingBuildOutputs(root)).toEqual(['out/renderer/index.html']);
    write('out/renderer/index.html');
    expect(missingBuildOutputs(root)).toEqual([]);
  });
});
