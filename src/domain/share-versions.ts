// A later share never silently replaces what a coach already holds: an item that changed is kept beside the
// original as its next version, an item that did not change adds nothing.
import { canonicalJson } from '../lib/canonical-json';
import type { ShareItem } from './share-item';
import type { InboxItem } from './share-records';

/** Where the incoming items come from: the contact they are filed under and the bundle that carried them. */
export interface IncomingBundle {
  contactId: string;
  bundleId: string;
  receivedAt: string;
  expiresAt: string | null;
}

/** What one item of a new share does to the inbox. */
export type ItemPlan =
  | { kind: 'new'; inbox: InboxItem }
  | { kind: 'changed'; inbox: InboxItem; previous: InboxItem }
  | { kind: 'unchanged'; previous: InboxItem };

/** The newest stored version of each of the patient's item ids. */
function latestVersions(existing: InboxItem[]): Map<string, InboxItem> {
  const latest = new Map<string, InboxItem>();
  for (const stored of existing) {
    const seen = latest.get(stored.item.id);
    if (!seen || (stored.version ?? 1) > (seen.version ?? 1)) latest.set(stored.item.id, stored);
  }
  return latest;
}

/** Plans each incoming item against what the contact's inbox holds (existing must be that contact's items). */
export function planItems(existing: InboxItem[], items: ShareItem[], from: IncomingBundle): ItemPlan[] {
  const latest = latestVersions(existing);
  const held = new Set(existing.map((stored) => canonicalJson(stored.item)));
  const base = { contactId: from.contactId, bundleId: from.bundleId, receivedAt: from.receivedAt };
  return items.map((item): ItemPlan => {
    const previous = latest.get(item.id);
    const fields = { ...base, expiresAt: from.expiresAt, item };
    if (!previous) return { kind: 'new', inbox: { ...fields, id: `${from.contactId}:${item.id}`, version: 1 } };
    // Any stored version with the same content counts: sending an older copy again is not a change.
    if (held.has(canonicalJson(item))) return { kind: 'unchanged', previous };
    const version = (previous.version ?? 1) + 1;
    const inbox = { ...fields, id: `${from.contactId}:${item.id}:v${version}`, version, changedFrom: previous.id };
    return { kind: 'changed', inbox, previous };
  });
}

/** The inbox records a plan adds (new items and changed versions; never an overwrite). */
export function additionsOf(plans: ItemPlan[]): InboxItem[] {
  return plans.flatMap((plan) => (plan.kind === 'unchanged' ? [] : [plan.inbox]));
}
