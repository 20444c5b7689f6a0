import { telHref } from '../lib/phone-links';
import { type CrisisLine, CrisisList } from './CrisisList';

/** Someone the person can call, as the hold screen shows them. */
export interface HoldContact {
  name: string;
  phone: string;
}

/** Props of HoldHelp. */
export interface HoldHelpProps {
  careTeam: HoldContact | undefined;
  sitter: HoldContact | undefined;
  /** The crisis and emergency numbers in force, and whose they are ("United Kingdom numbers"). */
  crisis: { resources: readonly CrisisLine[]; label: string };
  /** Where the person adds a missing number (the care plan). */
  addNumberHref: string;
}

function hasDigits(contact: HoldContact | undefined): contact is HoldContact {
  return Boolean(contact?.phone.replace(/[^0-9]/g, ''));
}

/**
 * Everyone to call when a session cannot go ahead, on the screen that says so: the care team (or a way to add their
 * number), the sitter, and the crisis and emergency numbers. tel: links work offline.
 */
export function HoldHelp({ careTeam, sitter, crisis, addNumberHref }: HoldHelpProps) {
  return (
    <section class="card" aria-labelledby="hold-help-title" data-testid="hold-help">
      <h2 id="hold-help-title">Who to call</h2>
      {hasDigits(careTeam) ? (
        <a class="btn btn--large" href={telHref(careTeam.phone)}>
          Call your care team{careTeam.name ? `: ${careTeam.name}` : ''} ({careTeam.phone})
        </a>
      ) : (
        <p>
          No number for your care team yet. It is on your care plan papers.{' '}
          <a href={addNumberHref}>Add your care team’s number</a>
        </p>
      )}
      {hasDigits(sitter) ? (
        <a class="btn btn--secondary btn--large" href={telHref(sitter.phone)}>
          Call your sitter{sitter.name ? `: ${sitter.name}` : ''} ({sitter.phone})
        </a>
      ) : (
        <p>
          No number for your sitter yet. <a href={addNumberHref}>Add your sitter’s number</a>
        </p>
      )}
      <p>
        <strong>Crisis and emergency numbers.</strong> If you are in danger or thinking of harming yourself, call now.
      </p>
      <CrisisList lines={crisis.resources} label={crisis.label} headingLevel={3} />
    </section>
  );
}
