import { checkInRule, selfHarmAnswerRule } from '../../domain/pack-limits';
import type { ProtocolPack } from '../../domain/protocol-pack';
import { type PackFact, packFacts } from '../../domain/protocol-pack-facts';

const TITLES: Record<PackFact['ruleId'], string> = {
  screening: 'Eligibility questions',
  'blood-pressure': 'Blood pressure',
  'heart-rate': 'Heart rate',
  recheck: 'Measuring again',
  food: 'Food',
  'clear-liquids': 'Drinks',
  'alcohol-cannabis': 'Alcohol and cannabis',
  stimulants: 'Stimulant medicine',
  medicines: 'Other medicines',
  sitter: 'Sitter',
  place: 'Your space',
  spacing: 'Time between sessions',
  'no-driving': 'Driving',
  'vitals-after': 'Checks after the session',
  'side-effects': 'Side effects',
  'check-in': 'When a check-in counts',
  'phq9-item9': 'PHQ-9 question 9',
  crisis: 'Crisis lines',
};

function sourcesOf(pack: ProtocolPack, ruleId: PackFact['ruleId']): readonly string[] {
  const r = pack.readiness;
  const a = pack.afterSession;
  const byId: Record<PackFact['ruleId'], readonly string[]> = {
    screening: pack.screening.sources,
    'blood-pressure': r.bloodPressure.sources,
    'heart-rate': r.heartRate.sources,
    recheck: r.recheck.sources,
    food: r.food.sources,
    'clear-liquids': r.clearLiquids.sources,
    'alcohol-cannabis': r.alcoholCannabis.sources,
    stimulants: r.stimulants.sources,
    medicines: r.medicines.sources,
    sitter: r.sitter.sources,
    place: r.place.sources,
    spacing: r.spacing.sources,
    'no-driving': a.noDriving.sources,
    'vitals-after': a.vitalsAfter.sources,
    'side-effects': a.sideEffects.sources,
    'check-in': checkInRule(pack).sources,
    'phq9-item9': selfHarmAnswerRule(pack).sources,
    crisis: pack.crisis.sources,
  };
  return byId[ruleId];
}

/** Every rule of a pack, grouped, each with its sources and a link to why it exists. */
export function PackRules({ pack }: { pack: ProtocolPack }) {
  const groups = new Map<PackFact['ruleId'], PackFact[]>();
  for (const fact of packFacts(pack)) groups.set(fact.ruleId, [...(groups.get(fact.ruleId) ?? []), fact]);
  return (
    <section aria-labelledby="pack-rules-title">
      <h2 id="pack-rules-title">The rules</h2>
      {[...groups].map(([ruleId, facts]) => (
        <details class="card" key={ruleId}>
          <summary>{TITLES[ruleId]}</summary>
          <ul>
            {facts.map((fact) => (
              <li key={fact.key}>
                {fact.label}: {fact.value}
              </li>
            ))}
          </ul>
          <p class="muted">Sources: {sourcesOf(pack, ruleId).join('; ')}.</p>
          {ruleId !== 'crisis' ? <a href={`/learn/rule/${ruleId}`}>Why this rule?</a> : null}
        </details>
      ))}
    </section>
  );
}
