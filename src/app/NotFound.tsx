import { Screen } from '../ui/Screen';

/** A real 404: says the page does not exist and offers the way home and the way to help. */
export function NotFound() {
  return (
    <Screen title="Page not found">
      <p>There is no page at this address. It may have been moved, or the link may be incomplete.</p>
      <div class="btn-row">
        <a class="btn" href="/">
          Go to the home screen
        </a>
        <a class="btn btn--secondary" href="/emergency">
          Get help now
        </a>
      </div>
    </Screen>
  );
}
