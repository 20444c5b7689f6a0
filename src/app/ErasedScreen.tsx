/** Shown once everything is erased. It reads and writes nothing, so no empty database is created again. */
export function ErasedScreen() {
  return (
    <main class="screen" id="main">
      <h1>Everything is erased</h1>
      <p role="status">
        Stillpoint’s data, settings and offline copy have been removed from this device. Nothing is left to recover.
      </p>
      <p>You can close this tab, or start again with a fresh app.</p>
      <button type="button" class="btn" onClick={() => location.replace('/')}>
        Start again
      </button>
    </main>
  );
}
