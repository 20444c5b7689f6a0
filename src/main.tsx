// Critical path: everything imported here is in the first screen's bundle (budget: 30 KiB gzip). Keep it small.
import { render } from 'preact';
import { App } from './app/App';
import './ui/tokens.css';
import './ui/components.css';
import './app/shell.css';

render(<App />, document.getElementById('app') as HTMLElement);
