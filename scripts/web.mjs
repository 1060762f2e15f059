// `npm run web`: Stint in the browser, served by a plain Node process (see src/main/web).
import { startBrowserHost } from './lib/browser-host.mjs';

startBrowserHost(process.argv.slice(2));
