import { Component, type ComponentChildren } from 'preact';
import { DEFAULT_CRISIS_RESOURCES } from '../content/crisis-resources';
import { CrisisList } from '../ui/CrisisList';

interface State {
  failed: boolean;
  saveMessage: string | null;
}

/** Catches any screen's crash: never a blank page; offers a reload, a copy of one's data, and help numbers. */
export class AppErrorBoundary extends Component<{ children?: ComponentChildren }, State> {
  override state: State = { failed: false, saveMessage: null };

  static override getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // Deliberately not logged: errors may carry health data, and nothing of it may reach a console or a server.
    this.setState({ failed: true });
  }

  private async saveData(): Promise<void> {
    try {
      const { downloadRescueCopy } = await import('./rescue-copy');
      await downloadRescueCopy();
      this.setState({ saveMessage: 'A copy of your data was saved to your downloads.' });
    } catch {
      this.setState({ saveMessage: 'Your data could not be copied right now. It is still stored on this device.' });
    }
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
          <button type="button" class="btn btn--secondary" onClick={() => void this.saveData()}>
            Save a copy of my data
          </button>
        </div>
        {this.state.saveMessage ? <p role="status">{this.state.saveMessage}</p> : null}
        <h2>If you need help now</h2>
        <CrisisList lines={DEFAULT_CRISIS_RESOURCES} headingLevel={3} />
      </section>
    );
  }
}
