import { eraseEverything } from '../../state/app-actions';
import { EraseForm } from '../../ui/EraseForm';

/** Erase everything: every record, every cache and the offline copy, after typing ERASE. */
export function EraseSection() {
  return (
    <EraseForm onErase={eraseEverything}>
      <p>
        This removes everything Stillpoint keeps on this device: journal, voice notes, sessions, care plan, settings and
        the offline copy of the app. It cannot be undone. Save a backup first if you may want any of it.
      </p>
    </EraseForm>
  );
}
