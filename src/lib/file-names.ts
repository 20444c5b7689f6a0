// Names for the files the app saves. A file list (the downloads folder, a cloud drive, a chat's attachments) is seen
// by more people than the app is, so a name says only what kind of file it is and the day: never the app's purpose,
// a treatment, a scale or a person. The extension stays what the app recognises (".stillpoint-backup",
// ".stillpoint", ".json"; the FHIR export for a clinic's record system is plain ".json", since ".fhir" would say it
// holds health records): it names the app, as any document's extension does, and lets the installed app and the
// restore screen find their files. The person may rename a file; the app reads files by their content, not names.

/** The kinds of file the app saves, each with the neutral word its name starts with. */
export const FILE_STEMS = {
  backup: 'backup',
  rescue: 'copy',
  share: 'shared',
  reply: 'reply',
  invite: 'invite',
  export: 'export',
  calendar: 'reminders',
} as const;

/** A neutral file name for a file made on `date`, e.g. "backup-2026-12-01.stillpoint-backup". */
export function datedFileName(kind: keyof typeof FILE_STEMS, date: Date, extension: string): string {
  return `${FILE_STEMS[kind]}-${date.toISOString().slice(0, 10)}${extension}`;
}
