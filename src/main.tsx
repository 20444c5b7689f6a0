// Critical path: everything imported here is in the first screen's bundle (budget: 30 KiB gzip). Keep it small.
import { render } from 'preact';
import { App } from './app/App';
import { retireFirstFrameWhenReady } from './app/first-frame-swap';
import { firstScreenReady } from './app/preload-first-screen';
import './ui/tokens.css';
import './ui/components.css';
import './app/shell.css';

/** How long the first render waits for the home screen's code and summary before it goes ahead without them. */
const FIRST_SCREEN_WAIT_MS = 300;

const app = document.getElementById('app') as HTMLElement;
// On the home frame the first render waits for the home screen's code and summary, asked for now, so it shows the
// finished screen at once (the prerendered frame stays up meanwhile). The render runs as a task of its own, so
// evaluating the bundle and rendering are two short tasks rather than one long one that blocks input.
void firstScreenReady(FIRST_SCREEN_WAIT_MS).then(() =>
  setTimeout(() => {
    render(<App />, app);
    retireFirstFrameWhenReady(app);
  }),
);
