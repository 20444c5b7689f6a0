import { cleanup, render } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../../src/app/Header';

// The prerendered first frame's Help now goes to a static page outside the app. The router starts listening to
// clicks while that frame may still be on screen; it must leave this link to the browser, or the app opens
// /help-now.html as one of its own routes and says "Page not found" to someone asking for help.

/** Clicks the link with the router listening and says whether the router took the click over. */
function routerTookClick(link: HTMLElement): boolean {
  let taken = false;
  const after = (event: MouseEvent) => {
    taken = event.defaultPrevented;
    // The test page must stay where it is.
    event.preventDefault();
  };
  addEventListener('click', after);
  try {
    link.click();
  } finally {
    removeEventListener('click', after);
  }
  return taken;
}

describe('the header’s Help now link', () => {
  afterEach(cleanup);

  it('is left to the browser when it goes to the static help page', () => {
    const view = render(
      <LocationProvider>
        <Header helpHref="/help-now.html" />
      </LocationProvider>,
    );
    expect(routerTookClick(view.getByRole('link', { name: 'Help now' }))).toBe(false);
  });

  it('is an app route in the running app', () => {
    const view = render(
      <LocationProvider>
        <Header />
      </LocationProvider>,
    );
    expect(routerTookClick(view.getByRole('link', { name: 'Help now' }))).toBe(true);
  });
});
