import type { ContactPerson, EmergencyDetails } from '../../domain/care-plan';
import { telHref } from '../../lib/phone-links';

const PEOPLE: { key: 'sitter' | 'careTeam' | 'prescriber'; label: string }[] = [
  { key: 'sitter', label: 'Sitter' },
  { key: 'careTeam', label: 'Care team' },
  { key: 'prescriber', label: 'Prescriber' },
];

function hasPhone(person: ContactPerson | undefined): person is ContactPerson {
  return Boolean(person?.phone.replace(/[^0-9]/g, ''));
}

/** One large call button per person on the care plan who has a phone number. */
export function EmergencyContacts({ plan }: { plan: EmergencyDetails }) {
  const people = PEOPLE.filter((p) => hasPhone(plan[p.key]));
  return (
    <section class="card" aria-labelledby="contacts-title">
      <h2 id="contacts-title">Your people</h2>
      {people.length === 0 ? (
        <p>No phone numbers yet. Add your sitter, care team and prescriber to your care plan.</p>
      ) : (
        <ul class="list-plain">
          {people.map(({ key, label }) => {
            const person = plan[key] as ContactPerson;
            return (
              <li key={key}>
                <a class="btn btn--large emergency__call" href={telHref(person.phone)}>
                  Call {label.toLowerCase()}
                  {person.name ? `: ${person.name}` : ''} ({person.phone})
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <a class="btn btn--secondary" href="/care-plan">
        Edit your care plan
      </a>
    </section>
  );
}
