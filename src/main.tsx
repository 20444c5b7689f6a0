// Critical path: everything imported here is in the first screen's bundle (budget: 30 KiB gzip). Keep it small.
import { render } from 'preact';
import { App } from './app/App';
import { retireFirstFrameWhenReady } from './app/first-frame-swap';
import './ui/tokens.css';
import './ui/components.css';
import './app/shell.css';

const app = document.getElementById('app') as HTMLElement;
// The first render runs as a task of its own, so evaluating the bundle and rendering are two short tasks rather than
// one long one that blocks input. (Fetching the first screen's code before that render was tried and measured: it
// competed with the entry bundle and made Lighthouse's LCP later, about 1570 ms against 1220 ms.)
setTimeout(() => {
  render(<App />, app);
  retireFirstFrameWhenReady(app);
});
