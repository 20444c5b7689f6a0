import { Screen } from '../../ui/Screen';
import { libraryReadings } from './library';

/** The "What to expect" library: every reading, with its length and who it is for. */
export function LearnScreen() {
  const readings = libraryReadings();
  const groups = [
    { title: 'Before and during a session', items: readings.filter((r) => r.ruleIds.length === 0) },
    { title: 'Why each safety rule exists', items: readings.filter((r) => r.ruleIds.length > 0) },
  ];
  return (
    <Screen title="What to expect" intro="Short readings. Each takes a few minutes and works without a connection.">
      {groups.map((group) => (
        <nav key={group.title} class="card" aria-label={group.title}>
          <h2>{group.title}</h2>
          <ul class="list-plain step-list">
            {group.items.map((reading) => (
              <li key={reading.id}>
                <a class="step-link" href={`/learn/${reading.id}`}>
                  <strong>{reading.title}</strong>
                  <span class="muted">
                    {reading.summary} About {reading.minutes} min.
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ))}
    </Screen>
  );
}
