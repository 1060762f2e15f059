import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempProject } from './temp-project';
import { installedElectronBinary, missingBuildOutputs } from './project.mjs';

const project = useTempProject();
const { write } = project;

describe('installedElectronBinary', () => {
  it('is null when the package never downloaded its binary (no path.txt)', () => {
    write('node_modules/electron/package.json', '{}');
    expect(installedElectronBinary(project.root(), {})).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    write('node_modules/electron/path.txt', 'electron');
    expect(installedElectronBinary(project.root(), {})).toBeNull();
  });

  it('is the binary when both are there', () => {
    write('node_modules/electron/path.txt', 'electron');
    write('node_modules/electron/dist/electron');
    expect(installedElectronBinary(project.root(), {})).toBe(join(project.root(), 'node_modules/electron/dist/electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    write('elsewhere/electron');
    expect(installedElectronBinary(project.root(), { ELECTRON_OVERRIDE_DIST_PATH: join(project.root(), 'elsewhere') })).toBe(join(project.root(), 'elsewhere/electron'));
    expect(installedElectronBinary(project.root(), { ELECTRON_OVERRIDE_DIST_PATH: join(project.root(), 'nowhere') })).toBeNull();
  });
});

describe('missingBuildOutputs', () => {
  it('lists the host script and the page until both are built', () => {
    expect(missingBuildOutputs(project.root())).toEqual(['out/main/web.js', 'out/renderer/index.html']);
    write('out/main/web.js');
    expect(missingBuildOutputs(project.root())).toEqual(['out/renderer/index.html']);
    write('out/renderer/index.html');
    expect(missingBuildOutputs(project.root())).toEqual([]);
  });
});
