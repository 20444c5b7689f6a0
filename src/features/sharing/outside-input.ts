// Where sealed bundles arrive from outside: the link fragment, a shared URL (share target), or a file the installed
// app was asked to open (file handler, via launchQueue).

interface LaunchParams {
  files: readonly FileSystemFileHandle[];
}
interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Takes the sealed fragment from the current URL, then removes it so it does not linger in history. */
export function takeFragment(): string | undefined {
  const params = new URLSearchParams(location.search);
  // A share target delivers the link as ?url= or inside ?text=; only its fragment matters.
  const shared = [params.get('url'), params.get('text')].find((v) => v?.includes('/coach/open#'));
  const fragment = location.hash.length > 1 ? location.hash.slice(1) : shared?.split('#')[1]?.trim();
  if (location.hash || location.search) history.replaceState(history.state, '', location.pathname);
  return fragment || undefined;
}

/** Calls back with the first file the installed app was launched to open (where the browser supports it). */
export function onLaunchFile(receive: (file: File) => void): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    const handle = params.files[0];
    if (handle) void handle.getFile().then(receive, () => undefined);
  });
}
