// The picker's plug: each area that owns shareable records offers a source. The integrator adds the journal,
// scales and readiness sources after merging; this branch ships sessions (and a provisional scale-results source).
import type { ShareItem } from '../../../domain/share-item';

/** One way an item can be shared (e.g. "whole" or "scores only"). */
export interface ShareVariant {
  id: string;
  label: string;
}

/** A record the person may choose to share. */
export interface ShareCandidate {
  id: string;
  label: string;
  /** ISO date, for ordering. */
  date: string;
  /** Ways to share it; the first is the default. Absent means "as it is". */
  variants?: ShareVariant[];
}

/** A kind of record that can be shared. */
export interface ShareSource {
  id: string;
  /** The heading of this group in the picker. */
  title: string;
  /** The records that can be shared, newest first. */
  listCandidates(): Promise<ShareCandidate[]>;
  /** Turns a chosen record into the item that will be sealed; undefined when it is gone or unreadable. */
  toItem(candidateId: string, variantId?: string): Promise<ShareItem | undefined>;
}
