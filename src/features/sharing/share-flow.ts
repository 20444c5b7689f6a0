// The patient's share, step by step: gather the chosen items, then seal them for one coach and note it in the history.
import { SHARE_AAD } from '../../domain/share-bundle';
import { itemLabel, type ShareItem } from '../../domain/share-item';
import type { Contact } from '../../domain/share-records';
import { utf8 } from '../../lib/bytes';
import { generatePassphrase, sealWithPassphrase } from '../../platform/sealed-box';
import { listContacts } from '../../storage/contacts-store';
import { loadIdentity } from '../../storage/keys-store';
import { saveShare } from '../../storage/shares-store';
import { ensureIdentity, publicKeyBytes } from './identity';
import { linkFor, newBundleId, sealShareBundle } from './seal-bundle';
import { SHARE_SOURCES } from './sources';
import type { ShareCandidate, ShareSource } from './sources/share-source';

/** How long a share may be opened, in days, as offered in the picker. */
export const EXPIRY_CHOICES = [
  { days: 7, label: 'One week' },
  { days: 30, label: 'One month' },
  { days: 90, label: 'Three months' },
] as const;

/** What the picker shows: coaches, this device's name, and each source's candidates. */
export interface PickerData {
  coaches: Contact[];
  name: string;
  groups: { source: ShareSource; candidates: ShareCandidate[]; error?: string }[];
}

/** A chosen record: which source, which record, and how it is shared. */
export interface Choice {
  sourceId: string;
  candidateId: string;
  variantId?: string;
}

/** Loads everything the picker needs; a source that fails says so without hiding the others. */
export async function loadPicker(): Promise<PickerData> {
  const coaches = (await listContacts()).filter((c) => c.role === 'coach' && !c.removedAt);
  const name = (await loadIdentity())?.name ?? '';
  const groups = await Promise.all(
    SHARE_SOURCES.map(async (source) => {
      try {
        return { source, candidates: await source.listCandidates() };
      } catch {
        return { source, candidates: [], error: `${source.title} could not be read.` };
      }
    }),
  );
  return { coaches, name, groups };
}

/** Turns the choices into the exact items that will be sealed (the preview shows these). */
export async function buildItems(choices: Choice[]): Promise<ShareItem[]> {
  const items: ShareItem[] = [];
  for (const choice of choices) {
    const source = SHARE_SOURCES.find((s) => s.id === choice.sourceId);
    const item = await source?.toItem(choice.candidateId, choice.variantId);
    if (item) items.push(item);
  }
  return items;
}

/** Seals the items for the coach, records it in the history, and returns the sealed bytes. */
export async function sealForCoach(options: {
  items: ShareItem[];
  coach: Contact;
  senderName: string;
  expiryDays: number;
}): Promise<Uint8Array<ArrayBuffer>> {
  const identity = await ensureIdentity(options.senderName);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + options.expiryDays * 86_400_000);
  const { bundle, sealed } = await sealShareBundle({
    items: options.items,
    from: identity,
    recipientPublicKey: publicKeyBytes(options.coach.publicKey),
    expiresAt,
    now,
  });
  await saveShare({
    id: bundle.id,
    createdAt: bundle.createdAt,
    expiresAt: bundle.expiresAt,
    contactId: options.coach.id,
    contactName: options.coach.name,
    direction: 'share',
    transport: linkFor(sealed, '') ? 'link' : 'file',
    itemLabels: options.items.map(itemLabel),
  });
  return sealed;
}

/** Seals the items with a generated passphrase, for someone not paired; the passphrase must travel another way. */
export async function sealForPassphrase(options: {
  items: ShareItem[];
  senderName: string;
  expiryDays: number;
}): Promise<{ sealed: Uint8Array<ArrayBuffer>; passphrase: string }> {
  const identity = await ensureIdentity(options.senderName);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + options.expiryDays * 86_400_000);
  const bundle = {
    format: 1 as const,
    type: 'share' as const,
    id: newBundleId(),
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    sender: { name: identity.name, publicKey: identity.publicKey },
    items: options.items,
  };
  const passphrase = generatePassphrase();
  const sealed = await sealWithPassphrase(utf8(JSON.stringify(bundle)), passphrase, utf8(SHARE_AAD));
  await saveShare({
    id: bundle.id,
    createdAt: bundle.createdAt,
    expiresAt: bundle.expiresAt,
    contactId: null,
    contactName: 'someone with the passphrase',
    direction: 'share',
    transport: 'passphrase',
    itemLabels: options.items.map(itemLabel),
  });
  return { sealed, passphrase };
}
