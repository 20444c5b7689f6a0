/** The top bar: the app's name (home) and the help button, which is on every screen. */
export function Header() {
  return (
    <header class="app-header">
      <a class="app-header__name" href="/">
        Stillpoint
      </a>
      <a class="btn btn--danger app-header__help" href="/emergency">
        Help now
      </a>
    </header>
  );
}
