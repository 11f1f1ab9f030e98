// The page's first script, kept tiny: it asks main for the boot data straight
// away, and only then loads the app. An ES module runs after all of its imports
// are evaluated, so asking from main.tsx would wait for the whole bundle.
import { loadBootData } from './boot';
import { installBrowserBridge } from './ipc/browserBridge';

// Electron's preload has installed `window.studio`; the browser studio has not.
installBrowserBridge();
const boot = loadBootData();
void import('./main').then(({ start }) => start(boot));
