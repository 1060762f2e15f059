/**
 * The entry of `npm run web` (built to out/main/web.js). It checks the Node version before anything else loads:
 * the build hoists a module's requires to the top of its file, and on an older Node better-sqlite3 crashes the
 * process before a line of Stint runs. So this file imports nothing that needs a package, and loads the host
 * itself (a separate chunk in the build) only once the version is known to be good.
 */
import { unsupportedNodeMessage } from './node-version';

const problem = unsupportedNodeMessage(process.versions.node);
if (problem) {
  console.error(problem);
  process.exitCode = 1;
} else {
  import('./host-process').then(
    // The entry's own folder: the host is built into a chunk in a subfolder, and finds the page and the
    // migrations relative to web.js.
    ({ runHostProcess }) => runHostProcess(__dirname),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
