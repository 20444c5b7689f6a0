import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/domain/backup-reminder';

const now = new Date('2026-11-30T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

describe('the backup reminder', () => {
  it('reminds when the browser has not promised to keep the data, unless a backup was made this week', () => {
    expect(backupReminder({ persistence: 'not-granted', now })).toBe('not-kept');
    expect(backupReminder({ persistence: 'unsupported', lastBackupAt: daysAgo(8), now })).toBe('not-kept');
    expect(backupReminder({ persistence: 'not-granted', lastBackupAt: daysAgo(2), now })).toBeNull();
  });

  it('reminds when the last backup is more than 30 days old', () => {
    expect(backupReminder({ persistence: 'granted', lastBackupAt: daysAgo(31), now })).toBe('old');
    expect(backupReminder({ persistence: 'granted', lastBackupAt: daysAgo(29), now })).toBeNull();
  });

  it('reminds a person who never backed up once the app is a month old, not before', () => {
    expect(backupReminder({ persistence: 'granted', setUpAt: daysAgo(40), now })).toBe('never');
    expect(backupReminder({ persistence: 'granted', setUpAt: daysAgo(3), now })).toBeNull();
    expect(backupReminder({ persistence: 'granted', setUpAt: null, now })).toBeNull();
  });

  it('reminds on iOS in a Safari tab even when the browser says it keeps the data, quiet for a week after a backup', () => {
    expect(backupReminder({ persistence: 'granted', expiresInTab: true, now })).toBe('tab-may-delete');
    expect(backupReminder({ persistence: 'granted', expiresInTab: true, lastBackupAt: daysAgo(8), now })).toBe(
      'tab-may-delete',
    );
    expect(backupReminder({ persistence: 'granted', expiresInTab: true, lastBackupAt: daysAgo(2), now })).toBeNull();
  });
});
