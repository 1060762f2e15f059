import { startBrowserHost } from './browser-host.mjs';
import { ensureElectronBinary } from './electron-binary.mjs';
import { electronViteCli, PROJECT_ROOT } from './project.mjs';
import { execNodeScript } from './run-child.mjs';

/** Builds, then opens the app in Electron (electron-vite's preview finds the binary through the electron package). */
function openDesktopApp(args, root = PROJECT_ROOT) {
  execNodeScript(electronViteCli(root), ['preview', ...args], { cwd: root });
}

/**
 * What `npm start` does: the desktop app when its binary is installed or can be downloaded now; otherwise one
 * line saying why, then the browser host. The steps are injected so that tests decide without a network.
 */
export async function startStint(args, { ensure = ensureElectronBinary, openDesktop = openDesktopApp, openBrowser = startBrowserHost, log = console.log } = {}) {
  const electron = await ensure({ log });
  if (electron.binary) {
    openDesktop(args);
    return 'desktop';
  }
  log(`Stint opens in your browser instead: ${electron.reason}. Run \`npm start\` again once online (or \`npx install-electron\`) for the desktop app.`);
  openBrowser(args);
  return 'browser';
}
