import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronViteCli, missingBuildOutputs, PROJECT_ROOT } from './project.mjs';
import { execNodeScript, runNodeScriptSync } from './run-child.mjs';

/**
 * What `npm run web` does (and `npm start` without Electron): build if the output is missing, then run the
 * built host with the given arguments. Never returns: the host's exit becomes this process's exit.
 */
export function startBrowserHost(args, root = PROJECT_ROOT) {
  const missing = missingBuildOutputs(root);
  if (missing.length > 0) {
    const cli = electronViteCli(root);
    if (!existsSync(cli)) {
      console.error('Stint has not been built and electron-vite is not installed. Run `npm install` first.');
      process.exit(1);
    }
    console.log(`Building Stint first (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing)…`);
    const status = runNodeScriptSync(cli, ['build'], { cwd: root });
    if (status !== 0) {
      console.error('The build failed (see above), so Stint cannot start.');
      process.exit(status);
    }
  }
  // From the folder the user typed the command in (npm moves scripts to the project root), so a relative
  // `--db ./trial.db` means what they expect.
  execNodeScript(join(root, 'out', 'main', 'web.js'), args, { cwd: process.env.INIT_CWD ?? process.cwd() });
}
