import { useEffect } from 'preact/hooks';
import './learn.css';
import type { Reading, ReadingBlock } from '../../domain/reading';

function Block({ block }: { block: ReadingBlock }) {
  if (typeof block === 'string') return <p>{block}</p>;
  if ('list' in block)
    return (
      <ul>
        {block.list.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  return (
    <ol>
      {block.steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}

/** Formats an ISO date (YYYY-MM-DD) for people, without shifting it across time zones. */
function formatReviewDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** A reading's sections, sources and review date. Focuses and scrolls to one section when asked. */
export function ReadingBody({ reading, focusSectionId }: { reading: Reading; focusSectionId?: string | undefined }) {
  useEffect(() => {
    if (!focusSectionId) return;
    // After the Screen has focused its own heading (parent effects run after ours), move to the section.
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(`section-${focusSectionId}`);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusSectionId]);

  return (
    <div class="reading">
      <p class="muted">
        About {reading.minutes} {reading.minutes === 1 ? 'minute' : 'minutes'} to read. Last reviewed{' '}
        {formatReviewDate(reading.reviewedOn)}.
      </p>
      {reading.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`} tabIndex={-1} class="reading__heading">
            {section.heading}
          </h2>
          {section.blocks.map((block, index) => (
            <Block key={`${section.id}-${index}`} block={block} />
          ))}
        </section>
      ))}
      <section aria-labelledby="reading-sources" class="reading__sources">
        <h2 id="reading-sources">Sources</h2>
        <ul>
          {reading.sources.map((source) => (
            <li key={source.citation}>{source.citation}</li>
          ))}
        </ul>
        <p class="muted">
          This reading is general information, not medical advice. Your prescriber and care team know your situation.
        </p>
      </section>
      <div class="btn-row">
        <a class="btn btn--secondary" href="/learn">
          All readings
        </a>
      </div>
    </div>
  );
}
