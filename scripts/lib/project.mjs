import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm run web` needs from a build: the host's own script and the page it serves. */
export const WEB_BUILD_OUTPUTS = ['out/main/web.js', 'out/renderer/index.html'];

export function missingBuildOutputs(root = PROJECT_ROOT) {
  return WEB_BUILD_OUTPUTS.filter((file) => !existsSync(join(root, file)));
}

export function electronViteCli(root = PROJECT_ROOT) {
  return join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
}

/**
 * The installed Electron binary, or null. Looks at the files the electron package's installer leaves behind
 * instead of `require('electron')`, which starts a download when the binary is missing.
 */
export function installedElectronBinary(root = PROJECT_ROOT, env = process.env) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  // The electron package honours this override (a binary provided from elsewhere), so we do too.
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (!executable) return null;
  const binary = join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}
