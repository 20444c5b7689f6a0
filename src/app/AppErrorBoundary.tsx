// Critical path: App wraps every screen in this boundary. Only the crash screen's first lines live here; its help (a
// copy of one's data, the crisis numbers) is CrashHelp, loaded once the first screen is usable.
import { Component, type ComponentChildren, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstScreen } from '../ui/after-first-screen';

type Help = FunctionComponent;

// Once loaded, kept: a crash after the first screen shows the whole crash screen in the same frame.
let loadedHelp: Help | undefined;
let loading: Promise<Help> | undefined;

function loadHelp(): Promise<Help> {
  loading ??= import('./CrashHelp').then((m) => {
    loadedHelp = m.CrashHelp;
    return m.CrashHelp;
  });
  // A failed load (offline before the chunk was cached) may be tried again by the next crash.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The crash screen's help, loaded now if the preload has not brought it yet; nothing while it loads or if it cannot. */
function CrashHelpSlot() {
  const [Help, setHelp] = useState<Help | undefined>(() => loadedHelp);
  useEffect(() => {
    if (Help) return;
    let gone = false;
    loadHelp()
      .then((loaded) => {
        if (!gone) setHelp(() => loaded);
      })
      .catch(() => {
        // The header's Help now button stays on screen; reload still works.
      });
    return () => {
      gone = true;
    };
  }, [Help]);
  return Help ? <Help /> : null;
}

interface State {
  failed: boolean;
}

/** Catches any screen's crash: never a blank page; offers a reload, a copy of one's data, and help numbers. */
export class AppErrorBoundary extends Component<{ children?: ComponentChildren }, State> {
  override state: State = { failed: false };
  private cancelPreload: (() => void) | undefined;

  static override getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidMount(): void {
    this.cancelPreload = afterFirstScreen(() => void loadHelp().catch(() => undefined));
  }

  override componentWillUnmount(): void {
    this.cancelPreload?.();
  }

  override componentDidCatch(): void {
    // Deliberately not logged: errors may carry health data, and nothing of it may reach a console or a server.
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section class="screen" aria-labelledby="crash-title">
        <h1 id="crash-title">Something went wrong on this screen</h1>
        <p>Your saved data is still on this device. You can reload, or save a copy of everything first.</p>
        <div class="btn-row">
          <button type="button" class="btn" onClick={() => location.reload()}>
            Reload Stillpoint
          </button>
        </div>
        <CrashHelpSlot />
      </section>
    );
  }
}
