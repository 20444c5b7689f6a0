import { formatBytes } from '../../lib/format-bytes';
import {
  type PersistenceState,
  readPersistence,
  readStorageEstimate,
  requestPersistence,
} from '../../platform/persistence';
import { useLoad } from '../../state/use-load';
import { Button } from '../../ui/Button';

const EXPLANATION: Record<PersistenceState, string> = {
  granted: 'Your browser has promised to keep Stillpoint’s data, even when the device runs low on space.',
  'not-granted':
    'Your browser has not promised to keep Stillpoint’s data. If the device runs low on space it may delete it. Keep a backup, or install Stillpoint to your home screen, which often makes the browser keep it.',
  unsupported: 'This browser cannot say whether it will keep Stillpoint’s data. Keep a backup to be safe.',
};

/** Whether the browser will keep our data, and how much space it uses. */
export function StorageSection() {
  const persistence = useLoad(readPersistence);
  const state = persistence.value ?? null;
  const estimate = useLoad(readStorageEstimate).value;
  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this device</h2>
      <p data-testid="persistence-state">
        <strong>
          {state === 'granted' ? 'Kept safe: yes' : state === null ? 'Checking…' : 'Kept safe: not promised'}
        </strong>
      </p>
      {state ? <p>{EXPLANATION[state]}</p> : null}
      {state === 'not-granted' ? (
        <Button variant="secondary" onClick={() => void requestPersistence().then(persistence.set)}>
          Ask the browser again
        </Button>
      ) : null}
      {estimate ? (
        <p class="muted">
          Using {formatBytes(estimate.usage)} of about {formatBytes(estimate.quota)} available.
        </p>
      ) : null}
    </section>
  );
}
