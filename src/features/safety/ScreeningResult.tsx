import type { ContactPerson } from '../../domain/care-plan';
import type { ProtocolPack } from '../../domain/protocol-pack';
import type { ScreeningRecord } from '../../domain/screening';
import { telHref } from '../../lib/phone-links';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CrisisNow } from './CrisisNow';

/** What a saved screening means, in plain words, with the reasons and who to call. */
export function ScreeningResult({
  record,
  pack,
  prescriber,
}: {
  record: ScreeningRecord;
  pack: ProtocolPack;
  prescriber: ContactPerson | undefined;
}) {
  return (
    <div data-testid="screening-result">
      {record.outcome === 'crisis' ? (
        <CrisisNow first>
          <p>
            <strong>Do not have a session.</strong> Talk with your prescriber before any session.
          </p>
        </CrisisNow>
      ) : null}
      {record.outcome === 'none-reported' ? (
        <Notice>
          <p>
            <strong>Saved. You answered no to every question.</strong>
          </p>
          <p>Your prescriber still decides whether sessions are right for you.</p>
        </Notice>
      ) : (
        <Notice tone="caution">
          <p>
            <strong>Talk with your prescriber before a session.</strong> You answered yes to:
          </p>
          <ul>
            {record.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Notice>
      )}
      {record.outcome !== 'none-reported' && prescriber?.phone ? (
        <p>
          <a class="btn" href={telHref(prescriber.phone)}>
            Call {prescriber.name || 'your prescriber'}
          </a>
        </p>
      ) : null}
      <p class="muted">
        Saved {new Date(record.completedAt).toLocaleString()} with safety rules version {record.packVersion}. We will
        ask again in {pack.screening.repeatAfterDays} days, or sooner if your safety rules change.
      </p>
      <LinkButton href="/check-in" large>
        Go to the session-day check-in
      </LinkButton>
    </div>
  );
}
