import type { SessionRecord } from '../../domain/session';
import { LinkButton } from '../../ui/Button';
import { Screen } from '../../ui/Screen';

/** After the end: a calm close, with the way to the journal and to the after-session record. */
export function SessionHandOff({ session }: { session: SessionRecord }) {
  const id = encodeURIComponent(session.id);
  if (session.status === 'cancelled') {
    return (
      <Screen title="Session closed">
        <p>No dose was recorded, and the session is closed. You can start again whenever you are ready.</p>
        <LinkButton href="/" large>
          Home
        </LinkButton>
      </Screen>
    );
  }
  return (
    <Screen title="Your session has ended">
      <p>Take your time. Rest, drink some water, and stay with your sitter for now.</p>
      <div class="btn-row">
        <LinkButton href={`/session/${id}/after`} large>
          After the session: driving and how you feel
        </LinkButton>
        <LinkButton href={`/journal/new?session=${id}`} variant="secondary" large>
          Write in your journal
        </LinkButton>
      </div>
    </Screen>
  );
}
