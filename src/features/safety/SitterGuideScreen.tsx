import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_CRISIS_RESOURCES } from '../../content/crisis-resources';
import { SITTER } from '../../content/readings/sitter';
import type { ContactPerson } from '../../domain/care-plan';
import type { ReadingBlock } from '../../domain/reading';
import { telHref } from '../../lib/phone-links';
import { loadCarePlan } from '../../storage/care-plan-store';
import { Screen } from '../../ui/Screen';
import './emergency.css';

const EMERGENCY_NUMBER = DEFAULT_CRISIS_RESOURCES.find((line) => line.id === 'emergency')?.number ?? '911';

function Block({ block }: { block: ReadingBlock }) {
  if (typeof block === 'string') return <p>{block}</p>;
  const items = 'list' in block ? block.list : block.steps;
  const List = 'list' in block ? 'ul' : 'ol';
  return (
    <List>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </List>
  );
}

function CallEmergency() {
  return (
    <a class="btn btn--danger btn--large emergency__call" href={telHref(EMERGENCY_NUMBER)}>
      Call emergency services ({EMERGENCY_NUMBER})
    </a>
  );
}

/**
 * The guide to hand to the sitter. Its words are the "For the sitter" reading, so the guide and the library never
 * disagree; this screen adds large text and the call buttons.
 */
export function SitterGuideScreen() {
  const [careTeam, setCareTeam] = useState<ContactPerson | undefined>(undefined);
  useEffect(() => {
    loadCarePlan()
      .then((plan) => setCareTeam(plan.careTeam?.phone ? plan.careTeam : undefined))
      .catch(() => setCareTeam(undefined));
  }, []);

  return (
    <Screen title="Sitter guide" intro="For the person staying with someone during their session.">
      <div class="sitter-guide">
        <CallEmergency />
        {careTeam ? (
          <a class="btn btn--large emergency__call" href={telHref(careTeam.phone)}>
            Call the care team{careTeam.name ? `: ${careTeam.name}` : ''} ({careTeam.phone})
          </a>
        ) : null}
        {SITTER.sections.map((section) => (
          <section key={section.id} class="card" aria-labelledby={`sitter-${section.id}`}>
            <h2 id={`sitter-${section.id}`}>{section.heading}</h2>
            {section.blocks.map((block, index) => (
              <Block key={`${section.id}-${index}`} block={block} />
            ))}
            {section.id === 'call-emergency' ? <CallEmergency /> : null}
          </section>
        ))}
        <a class="btn btn--secondary" href="/emergency">
          The emergency card: numbers, medicines, what to tell paramedics
        </a>
      </div>
    </Screen>
  );
}
