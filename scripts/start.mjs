// `npm start`: the desktop app (downloading Electron's binary on first use), else the browser host.
import { startStint } from './lib/start-stint.mjs';

await startStint(process.argv.slice(2));
