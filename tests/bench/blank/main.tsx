// The benchmark's baseline: a blank Preact page, served by the app's own service worker, that marks itself usable
// the way Stillpoint's first screens do. offline_start_ratio divides Stillpoint's start by this page's.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';

function Blank() {
  useEffect(() => {
    document.body.dataset.usable = 'blank';
  }, []);
  return <h1>Blank</h1>;
}

render(<Blank />, document.getElementById('app') as HTMLElement);
