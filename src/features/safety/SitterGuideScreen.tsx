import { useEffect } from 'preact/hooks';
import { SITTER } from '../../content/readings/sitter';
import type { ReadingBlock } from '../../domain/reading';
import { telHref } from '../../lib/phone-links';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { loadActivePack } from '../../state/protocol-pack';
import { useLoad } from '../../state/use-load';
import { loadEmergencyDetails } from '../../storage/care-plan-store';
import { Screen } from '../../ui/Screen';
import './emergency.css';

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

/** The emergency number in force (the clinic's, or the person's country's), labelled with whose it is. */
function CallEmergency() {
  const lines = crisisLinesInForce.value;
  const emergency = lines.resources.find((line) => line.id === 'emergency') ?? lines.resources[0];
  if (!emergency) return null;
  const shown = emergency.shown ?? emergency.number;
  return (
    <p>
      <a class="btn btn--danger btn--large emergency__call" href={telHref(emergency.number)}>
        Call emergency services ({shown})
      </a>{' '}
      <span class="crisis-label">{lines.label}</span>
    </p>
  );
}

/**
 * The guide to hand to the sitter. Its words are the "For the sitter" reading, so the guide and the library never
 * disagree; this screen adds large text and the call buttons.
 */
export function SitterGuideScreen() {
  useEffect(() => {
    void loadActivePack();
  }, []);
  // Without stored details the guide still shows; only the care team's call button is left out.
  const careTeam = useLoad(async () => {
    const plan = await loadEmergencyDetails();
    return plan.careTeam?.phone ? plan.careTeam : undefined;
  }).value;

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
            {section.id === 'call-emergency' || section.id === 'cannot-wake' ? <CallEmergency /> : null}
          </section>
        ))}
        <a class="btn btn--secondary" href="/emergency">
          The emergency card: numbers, medicines, what to tell paramedics
        </a>
      </div>
    </Screen>
  );
}
