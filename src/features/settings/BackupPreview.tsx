import type { ConflictChoice, RestorePreview } from '../../storage/backup';
import type { StoreName } from '../../storage/schema';
import { useFocusOnMount } from './use-focus-on-mount';

/** Each store in plain words. */
const LABELS: Record<StoreName, string> = {
  settings: 'Settings and care plan',
  drafts: 'Unfinished writing',
  packs: 'Protocol packs',
  screenings: 'Screenings',
  checklists: 'Checklists',
  sessions: 'Sessions',
  readiness: 'Session-day check-ins',
  breathPatterns: 'Breathing patterns',
  practices: 'Breathing practices',
  entries: 'Journal entries',
  voiceNotes: 'Voice notes',
  scaleResults: 'Questionnaire results',
  plans: 'Integration plan steps',
  keys: 'Sharing keys',
  contacts: 'Coach contacts',
  shares: 'Things you shared',
  inbox: 'Received shares',
  comments: 'Comments',
  imports: 'Imported files',
};

const day = (iso: string) => new Date(iso).toLocaleDateString();

/** What a restore would do, kind by kind, and the choice for records that differ. */
export function BackupPreview({
  preview,
  choice,
  onChoice,
}: {
  preview: RestorePreview;
  choice: ConflictChoice;
  onChoice: (choice: ConflictChoice) => void;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const shown = preview.stores.filter((s) => s.added + s.same + s.different > 0);
  const different = shown.reduce((sum, s) => sum + s.different, 0);
  return (
    <div>
      <h3 tabIndex={-1} ref={heading}>
        What this backup holds
      </h3>
      {preview.firstDate && preview.lastDate ? (
        <p>
          From {day(preview.firstDate)} to {day(preview.lastDate)}.
        </p>
      ) : null}
      {shown.length === 0 ? <p>This backup is empty.</p> : null}
      <ul data-testid="restore-preview">
        {shown.map((s) => (
          <li key={s.store}>
            <strong>{LABELS[s.store]}</strong>: {s.added + s.same + s.different} ({s.added} new
            {s.same > 0 ? `, ${s.same} already here` : ''}
            {s.different > 0 ? `, ${s.different} different from this device` : ''})
          </li>
        ))}
      </ul>
      {different > 0 ? (
        <fieldset>
          <legend>Where this device and the backup differ</legend>
          <label class="choice">
            <input
              type="radio"
              name="conflict"
              checked={choice === 'keep-device'}
              onChange={() => onChoice('keep-device')}
            />{' '}
            Keep what is on this device
          </label>
          <label class="choice">
            <input
              type="radio"
              name="conflict"
              checked={choice === 'use-backup'}
              onChange={() => onChoice('use-backup')}
            />{' '}
            Use the copy in the backup
          </label>
        </fieldset>
      ) : null}
    </div>
  );
}
