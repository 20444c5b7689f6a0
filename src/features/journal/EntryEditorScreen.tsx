import { useRoute } from 'preact-iso';
import type { JournalEntry } from '../../domain/journal-entry';
import { suggestedTiming } from '../../domain/journal-prompt-set';
import type { SessionRecord } from '../../domain/session';
import { crisisLinesInForce } from '../../state/crisis-lines';
import { promptSetsInForce } from '../../state/pack-content';
import { useLoad } from '../../state/use-load';
import { loadEntry } from '../../storage/entries-store';
import { loadSession } from '../../storage/sessions-store';
import { NobodyWatchingNotice } from '../../ui/NobodyWatchingNotice';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { EntryForm } from './EntryForm';
import { type FormValues, formFromEntry } from './entry-form';
import { sessionEnd } from './session-time';

/** What the editor needs before it can show the form; 'missing' when the entry to edit is not on this device. */
type Start = { entry?: JournalEntry; session?: SessionRecord; initial: FormValues } | 'missing';

/** Reads the entry being edited (or the session a new entry follows) and works out what the form starts from. */
async function loadStart(editId: string | undefined, sessionId: string | undefined, quick: boolean): Promise<Start> {
  const entry = editId ? await loadEntry(editId) : undefined;
  if (editId && !entry) return 'missing';
  const linkedId = entry?.sessionId ?? sessionId;
  const session = linkedId ? await loadSession(linkedId).catch(() => undefined) : undefined;
  if (entry) return { entry, session, initial: formFromEntry(entry) };
  const fields: Record<string, string> = {};
  if (session) {
    fields.sessionId = session.id;
    const timing = suggestedTiming(sessionEnd(session), new Date());
    if (!quick) fields.promptSetId = promptSetsInForce().find((set) => set.timing === timing)?.id ?? '';
  }
  return { entry, session, initial: { text: '', fields } };
}

/** /journal/new (optionally ?session=<id>, ?quick=1) and /journal/:id/edit: loads what the form starts from. */
export function EntryEditorScreen() {
  const { params, query } = useRoute();
  const editId = params.id;
  const sessionId = query.session;
  const quick = query.quick === '1';
  const loaded = useLoad(() => loadStart(editId, sessionId, quick), [editId, sessionId, quick]);
  const crisis = crisisLinesInForce.value;

  const title = quick ? 'Quick note' : editId ? 'Edit entry' : 'New entry';
  const start = loaded.value;
  if (start === undefined && !loaded.error) return <Screen title={title} />;
  if (start === undefined || start === 'missing') {
    return (
      <Screen title={title}>
        <Notice tone="caution">
          {start === 'missing'
            ? 'This entry is not on this device any more.'
            : 'Your journal could not be read just now. Try again in a moment.'}
        </Notice>
        <a href="/journal">Back to your journal</a>
      </Screen>
    );
  }
  return (
    <Screen title={title}>
      <NobodyWatchingNotice lines={crisis.resources} label={crisis.label} />
      <EntryForm entry={start.entry} session={start.session} initial={start.initial} quick={quick} />
    </Screen>
  );
}
