// What stays readable on this device while the app is locked, in the lock's own words: shown before the lock is
// turned on. Each line matches a clear field in storage/at-rest-policy.ts (the lock tests read the disk to hold
// both to it); everything else is encrypted.

/** The lines shown under "What stays readable while Stillpoint is locked". */
export const READABLE_WHILE_LOCKED: readonly string[] = [
  'For the emergency card and the sitter guide: the names and phone numbers of your sitter, care team and prescriber, your medicines with their instructions, and your allergies.',
  'The crisis numbers and safety rules of your protocol pack.',
  'The dates of what you saved, and which entry belongs to which session (never what any of it says).',
  'Whether you use Stillpoint as a patient or a coach, your theme, and when you last saved a backup.',
];
