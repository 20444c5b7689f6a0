// Build time only: the static emergency page the prerendered Help now opens. It cannot know the person's country
// (nothing has run), so it lists every supported country's numbers, each under the country's name. Plain HTML with
// tel:/sms: links and the app's start stylesheet inlined (allowed by its CSP hash, as in index.html): no script, no
// request before it paints, precached for offline.
import { renderToString } from 'preact-render-to-string';
import { CRISIS_COUNTRIES } from '../../content/crisis-countries';
import type { CrisisCountry } from '../../domain/crisis-resource';
import { CrisisList } from '../../ui/CrisisList';

/** The stylesheets the page inlines: the app's own start CSS, from the build (so the page looks like the app). */
export interface HelpNowPageOptions {
  styles: readonly string[];
}

function CountrySection({ country }: { country: CrisisCountry }) {
  const headingId = `country-${country.code}`;
  return (
    <section class="help-now__country" aria-labelledby={headingId}>
      <h2 id={headingId}>{country.name}</h2>
      <CrisisList lines={country.resources} label={`${country.name} numbers`} headingLevel={3} />
    </section>
  );
}

function HelpNowPage() {
  return (
    <main id="main" class="screen">
      <h1>Help now</h1>
      <p>
        If someone is in danger, call your local emergency number now. These are the numbers Stillpoint knows, by
        country.
      </p>
      {CRISIS_COUNTRIES.map((country) => (
        <CountrySection key={country.code} country={country} />
      ))}
      <p>
        <a href="/">Open Stillpoint</a>
      </p>
    </main>
  );
}

/** The whole page, as the file help-now.html. */
export function renderHelpNowPage({ styles }: HelpNowPageOptions): string {
  const inline = styles.map((css) => `<style>${css}</style>`).join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<meta name="theme-color" content="#101418" />',
    `<title>Help now · Stillpoint</title>${inline}</head>`,
    `<body>${renderToString(<HelpNowPage />)}</body></html>\n`,
  ].join('');
}
