import { type DoseKind, type DosePermission, decideDosePermission } from '../domain/dose-permission';
import { loadCarePlan } from '../storage/care-plan-store';
import { listReadiness } from '../storage/readiness-store';
import { readPackInForce } from './protocol-pack';

/**
 * Asks the dose rule at the moment of a tap, with every record read from storage again then (never from a screen's
 * state or the link): a second tab's later check-in, a care-plan change or a new pack all count at once.
 */
export async function checkDosePermission(options: {
  kind: DoseKind;
  dosedAt?: string | undefined;
  namedId?: string | undefined;
}): Promise<DosePermission> {
  const [checkIns, carePlan, pack] = await Promise.all([listReadiness(), loadCarePlan(), readPackInForce()]);
  return decideDosePermission({ ...options, checkIns, carePlan, pack, now: new Date() });
}
