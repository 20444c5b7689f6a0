// Critical path: everything imported here is in the first screen's bundle (budget: 30 KiB gzip). Keep it small.
import { render } from 'preact';
import { App } from './app/App';
import { retireFirstFrameWhenReady } from './app/first-frame-swap';
import { preloadFirstScreen } from './app/preload-first-screen';
import './ui/tokens.css';
import './ui/components.css';
import './app/shell.css';

const app = document.getElementById('app') as HTMLElement;
preloadFirstScreen();
// The first render runs as a task of its own, so evaluating the bundle and rendering are two short tasks rather than
// one long one that blocks input.
setTimeout(() => {
  render(<App />, app);
  retireFirstFrameWhenReady(app);
});
