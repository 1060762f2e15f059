// `npm start`: the desktop app where the Electron binary is installed, the browser host where it is not.
import { startBrowserHost } from './lib/browser-host.mjs';
import { electronViteCli, installedElectronBinary, PROJECT_ROOT } from './lib/project.mjs';
import { execNodeScript } from './lib/run-child.mjs';

const args = process.argv.slice(2);

if (installedElectronBinary()) {
  // Builds, then opens the app in Electron.
  execNodeScript(electronViteCli(), ['preview', ...args], { cwd: PROJECT_ROOT });
} else {
  // Said before anything else, and nothing is downloaded: this machine cannot fetch the binary.
  console.log('The Electron binary is not installed (it cannot be downloaded on this machine), so Stint opens in your browser instead.');
  startBrowserHost(args);
}
