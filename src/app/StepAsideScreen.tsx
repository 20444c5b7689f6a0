/** Shown when a newer Stillpoint in another tab has taken over: this tab saved its draft and let go. */
export function StepAsideScreen() {
  return (
    <main class="screen" id="main">
      <h1>Stillpoint was updated in another tab</h1>
      <p>Your writing from this tab was saved. Close this tab, or reload it to use the new version here.</p>
      <button type="button" class="btn" onClick={() => location.reload()}>
        Reload this tab
      </button>
    </main>
  );
}
