import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { JournalEntry } from '../../domain/journal-entry';
import { suggestedTiming } from '../../domain/journal-prompt-set';
import type { SessionRecord } from '../../domain/session';
import { promptSetsInForce } from '../../state/pack-content';
import { loadEntry } from '../../storage/entries-store';
import { loadSession } from '../../storage/sessions-store';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { EntryForm } from './EntryForm';
import { type FormValues, formFromEntry } from './entry-form';
import { sessionEnd } from './session-time';

/** What the editor needs before it can show the form. */
type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed' }
  | { state: 'ready'; entry?: JournalEntry; session?: SessionRecord; initial: FormValues };

/** /journal/new (optionally ?session=<id>, ?quick=1) and /journal/:id/edit: loads what the form starts from. */
export function EntryEditorScreen() {
  const { params, query } = useRoute();
  const editId = params.id;
  const sessionId = query.session;
  const quick = query.quick === '1';
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    (async () => {
      const entry = editId ? await loadEntry(editId) : undefined;
      if (editId && !entry) return { state: 'missing' } as const;
      const linkedId = entry?.sessionId ?? sessionId;
      const session = linkedId ? await loadSession(linkedId).catch(() => undefined) : undefined;
      let initial: FormValues;
      if (entry) initial = formFromEntry(entry);
      else {
        const fields: Record<string, string> = {};
        if (session) {
          fields.sessionId = session.id;
          const timing = suggestedTiming(sessionEnd(session), new Date());
          if (!quick) fields.promptSetId = promptSetsInForce().find((set) => set.timing === timing)?.id ?? '';
        }
        initial = { text: '', fields };
      }
      return { state: 'ready', entry, session, initial } as const;
    })()
      .then((next) => !cancelled && setLoaded(next))
      .catch(() => !cancelled && setLoaded({ state: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [editId, sessionId, quick]);

  const title = quick ? 'Quick note' : editId ? 'Edit entry' : 'New entry';
  if (loaded.state === 'loading') return <Screen title={title} />;
  if (loaded.state === 'missing' || loaded.state === 'failed') {
    return (
      <Screen title={title}>
        <Notice tone="caution">
          {loaded.state === 'missing'
            ? 'This entry is not on this device any more.'
            : 'Your journal could not be read just now. Try again in a moment.'}
        </Notice>
        <a href="/journal">Back to your journal</a>
      </Screen>
    );
  }
  return (
    <Screen title={title}>
      <EntryForm entry={loaded.entry} session={loaded.session} initial={loaded.initial} quick={quick} />
    </Screen>
  );
}
