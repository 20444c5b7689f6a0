// Build time only: what the prerender plugin (scripts/prerender-plugin.ts) asks for, in one module it loads.
import { LOCK_HINT_KEY } from '../../state/app-lock-machine';
import { SETTINGS_HINT_KEY } from '../../state/settings';
import { firstFrameScript, type HomeModules } from './first-frame-script';

export { HELP_NOW_PAGE, renderFirstFrames } from './first-frames';
export { renderHelpNowPage } from './help-now-page';

/** The first-frame script's text, reading the app's own hint keys and preloading the build's home modules. */
export function renderFirstFrameScript(homeModules: HomeModules): string {
  return firstFrameScript({ settings: SETTINGS_HINT_KEY, lock: LOCK_HINT_KEY }, homeModules);
}
