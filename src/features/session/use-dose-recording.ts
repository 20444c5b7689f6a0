import { useState } from 'preact/hooks';
import type { DoseKind, DosePermission } from '../../domain/dose-permission';
import { recordStep, withStart } from '../../domain/session-lifecycle';
import { checkDosePermission } from '../../state/dose-check';
import type { SessionRecordHandle } from './use-session-record';

/**
 * Records a dose or booster only when the dose rule allows it at the moment of the tap (storage read again then, so
 * a resumed session, an old tab or Back cannot record one past a later hold). The dose keeps what allowed it.
 */
export function useDoseRecording(change: SessionRecordHandle['change']): {
  refusal: Extract<DosePermission, { allowed: false }> | undefined;
  error: string | null;
  recordDose(kind: DoseKind, dosedAt: string | undefined): Promise<void>;
} {
  const [refusal, setRefusal] = useState<Extract<DosePermission, { allowed: false }> | undefined>();
  const [error, setError] = useState<string | null>(null);

  async function recordDose(kind: DoseKind, dosedAt: string | undefined): Promise<void> {
    setError(null);
    let permission: DosePermission;
    try {
      permission = await checkDosePermission({ kind, dosedAt });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Your check-ins could not be read, so nothing was recorded.');
      return;
    }
    if (!permission.allowed) {
      setRefusal(permission);
      return;
    }
    setRefusal(undefined);
    const allowed = permission;
    const at = new Date().toISOString();
    await change((s) => (kind === 'dose' ? withStart(recordStep(s, kind, at), allowed) : recordStep(s, kind, at)));
  }

  return { refusal, error, recordDose };
}
