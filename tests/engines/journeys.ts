// The main journeys, written once for every engine. Each takes an open page in some engine and the served build,
// and fails with the engine's name and what it waited for. They run in order in one browser: the first run sets up
// the app the later ones use.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnginePage } from './engine';
import { advanceClock, expectHeading, expectText, setFieldValue, waitFor, waitForServiceWorker } from './page-checks';
import { pairPatientWithCoach } from './pairing';
import type { ServedBuild } from './served-build';

/** The first run as a patient (or a coach) on this origin, saying "Not now" to the lock: the app is then open. */
export async function firstRun(page: EnginePage, origin: string, role: 'patient' | 'coach' = 'patient') {
  await page.goto(`${origin}/`);
  await expectHeading(page, 'Welcome to Stillpoint');
  await page.click({
    radio:
      role === 'patient'
        ? 'I am preparing for or having sessions'
        : 'I am a coach or therapist reviewing what people share with me',
  });
  await page.click({ button: 'Start' });
  await expectHeading(page, 'Protect Stillpoint with a passphrase?');
  await page.click({ button: 'Not now' });
  await waitFor(page, 'the app after the first run', () => {
    const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
    return heading !== '' && heading !== 'Welcome to Stillpoint' && heading !== 'Protect Stillpoint with a passphrase?';
  });
}

/** With the server stopped, a reload and a cold deep link still open: the service worker serves the app. */
export async function offlineReload(page: EnginePage, site: ServedBuild): Promise<void> {
  await page.goto(`${site.url}/`);
  await waitForServiceWorker(page);
  // What the home screen loads once it is usable (its safety card, the tab watcher) must have arrived first: a reload
  // that cuts those requests short makes Firefox report each one as a service worker failure.
  await expectHeading(page, 'Today');
  await page.settle();
  await site.stop();
  try {
    await page.reload();
    await expectHeading(page, 'Today');
    await page.goto(`${site.url}/journal`);
    await expectHeading(page, 'Journal');
  } finally {
    await site.start();
  }
}

/** Writes a journal entry and finds it again after a reload. */
export async function journalSurvivesReload(page: EnginePage, site: ServedBuild): Promise<void> {
  await page.goto(`${site.url}/journal/new`);
  await expectHeading(page, 'New entry');
  await page.type({ label: 'Title (optional)' }, 'A quiet morning');
  await page.type({ label: 'Your entry' }, 'The light came in slowly.');
  await page.click({ button: 'Save entry' });
  await expectHeading(page, 'A quiet morning');
  await page.reload();
  await expectHeading(page, 'A quiet morning');
  await expectText(page, 'The light came in slowly.');
}

const readCue = () => document.querySelector('.breath-guide__word')?.textContent?.trim() ?? '';

/** Starts box breathing, sees the cue move on from the first one, stops, and finds the practice logged. */
export async function breathPractice(page: EnginePage, site: ServedBuild): Promise<void> {
  await page.goto(`${site.url}/breathe`);
  await page.click({ link: 'Start Box breathing' });
  await expectHeading(page, 'Box breathing');
  await page.click({ button: 'Start' });
  const first = await waitFor(page, 'the first cue', readCue);
  await waitFor(
    page,
    `a cue after "${first}"`,
    (was) => {
      const now = document.querySelector('.breath-guide__word')?.textContent?.trim() ?? '';
      return now !== '' && now !== was;
    },
    first,
  );
  await page.click({ button: 'Stop' });
  await expectText(page, 'Practice logged');
}

/** Answers the eligibility questions "No" throughout, as someone with none of the reasons to wait. */
async function answerScreening(page: EnginePage, site: ServedBuild): Promise<void> {
  await page.goto(`${site.url}/check-in/screening`);
  await expectHeading(page, 'Eligibility questions');
  const count = await page.evaluate(() => document.querySelectorAll('form > div').length);
  for (let i = 1; i <= count; i++)
    await page.click({ css: `form > div:nth-of-type(${i}) input[type="radio"][value="no"]` });
  await page.click({ button: 'Save my answers' });
  await expectText(page, 'Saved. You answered no to every question.');
}

/** A datetime-local value this many hours ago. */
function localHoursAgo(hours: number): string {
  const at = new Date(Date.now() - hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

async function enterReading(page: EnginePage, which: 'first' | 'second', systolic: number, diastolic: number) {
  await page.type({ css: `#${which}-systolic` }, String(systolic));
  await page.type({ css: `#${which}-diastolic` }, String(diastolic));
  await page.type({ css: `#${which}-heartRate` }, '72');
  await page.click({ button: 'Next' });
}

/** A session-day check-in with 185/115 twice (well above any hold line): it holds and offers no start. */
export async function checkInHolds(page: EnginePage, site: ServedBuild): Promise<void> {
  await answerScreening(page, site);
  await page.goto(`${site.url}/check-in`);
  await expectHeading(page, 'Session-day check-in');
  await page.click({ button: 'Start the check-in' });
  await setFieldValue(page, 'When did you last eat?', localHoursAgo(6));
  await setFieldValue(page, 'When did you last drink anything?', localHoursAgo(3));
  await expectText(page, 'Food: done.');
  await page.click({ button: 'Next' });
  for (const answer of ['No', 'No, or I do not take one', 'I take no other medicines']) {
    await page.click({ radio: answer });
    await page.click({ button: 'Next' });
  }
  await page.click({ radio: 'Yes' });
  await page.type({ label: 'Sitter’s name' }, 'Robin');
  await page.type({ label: 'Sitter’s phone' }, '555 0101');
  await page.click({ button: 'Next' });
  await page.click({ radio: 'Yes, it is ready' });
  await page.click({ button: 'Next' });
  await enterReading(page, 'first', 185, 115);
  await expectText(page, 'Rest, then measure again');
  // The rest is counted from the stored time of the first reading: move the page's clock past it.
  await advanceClock(page, 5 * 60_000 + 2_000);
  await expectText(page, 'Your rest is done.');
  await enterReading(page, 'second', 185, 115);
  await waitFor(page, 'a hold decision', () => {
    const decision = document.querySelector('[data-testid="readiness-decision"]');
    return decision?.getAttribute('data-decision') === 'hold';
  });
  await expectText(page, 'Hold: do not start the session');
  const startOffered = await page.evaluate(() =>
    [...document.querySelectorAll('a')].some((a) => a.textContent?.trim() === 'Start session'),
  );
  if (startOffered) throw new Error(`${page.engine}: a held check-in offers "Start session"`);
}

/**
 * Catches the file the app hands to the browser's download (a blob link it clicks) and keeps its bytes in the
 * page: WebKitGTK's automation session has no download folder to read back, so every engine does it this way.
 */
async function catchNextDownload(page: EnginePage): Promise<void> {
  await page.evaluate(() => {
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalCreate = URL.createObjectURL;
    const blobs = new Map<string, Blob>();
    const box = window as unknown as { __download?: Promise<{ name: string; bytes: number[] }> };
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = originalCreate(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (!this.download || !blob) return originalClick.call(this);
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
      const name = this.download;
      box.__download = blob.arrayBuffer().then((buffer) => ({ name, bytes: [...new Uint8Array(buffer)] }));
    };
  });
}

async function takeDownload(page: EnginePage): Promise<string> {
  await waitFor(page, 'the backup file', () => Boolean((window as unknown as { __download?: unknown }).__download));
  const file = await page.evaluate(
    () => (window as unknown as { __download: Promise<{ name: string; bytes: number[] }> }).__download,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'stillpoint-engine-backup-')), file.name);
  writeFileSync(path, Uint8Array.from(file.bytes));
  return path;
}

/** Makes an encrypted backup on this device and restores it, with its passphrase, on another (the other origin). */
export async function backupRestored(page: EnginePage, site: ServedBuild): Promise<void> {
  await page.goto(`${site.url}/settings/backup`);
  await expectHeading(page, 'Backup and restore');
  await page.click({ button: 'Make an encrypted backup' });
  const passphrase = await waitFor(page, 'the backup passphrase', () =>
    document.querySelector('[data-testid="backup-passphrase"]')?.textContent?.trim(),
  );
  await page.click({ label: 'I have written down this passphrase' });
  await catchNextDownload(page);
  await page.click({ button: 'Save the encrypted backup' });
  const file = await takeDownload(page);
  await expectText(page, 'Your encrypted backup was saved');

  await page.goto(`${site.otherUrl}/settings/backup`);
  await expectHeading(page, 'Backup and restore');
  await page.upload({ label: 'Choose a backup file' }, file);
  await page.type({ label: 'Backup passphrase' }, passphrase);
  await page.click({ button: 'Open the backup' });
  await expectText(page, 'What this backup holds');
  // Asked only where the other device already holds a different copy (it does once the share journey has run there).
  const asked = await page.evaluate(() =>
    [...document.querySelectorAll('label')].some((label) => label.textContent?.trim() === 'Use the copy in the backup'),
  );
  if (asked) await page.click({ label: 'Use the copy in the backup' });
  await page.click({ button: 'Restore this backup' });
  await expectText(page, 'The backup was restored');
  await page.goto(`${site.otherUrl}/journal`);
  await expectText(page, 'A quiet morning');
}

/** A coach (the other origin) invites, the patient pairs and shares an entry, and the coach opens and adds it. */
export async function shareOpenedByCoach(page: EnginePage, site: ServedBuild): Promise<void> {
  await firstRun(page, site.otherUrl, 'coach');
  await pairPatientWithCoach(page, { patient: site.url, coach: site.otherUrl, coachName: 'Dr Rivera' });
  await page.goto(`${site.url}/coach/share`);
  await expectHeading(page, 'Share with your coach');
  await page.type({ label: 'Your name, as your coach knows you' }, 'Sam');
  await page.click({ checkbox: 'A quiet morning' });
  await page.click({ button: 'Preview what will be sent' });
  await page.click({ button: 'Seal for Dr Rivera' });
  const link = await waitFor(page, 'the share link', () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Link');
    return (label?.control as HTMLInputElement | null | undefined)?.value;
  });
  const { pathname, hash } = new URL(link);
  await page.goto(`${site.otherUrl}${pathname}${hash}`);
  await expectText(page, 'Sam shared 1 item');
  await page.click({ button: 'Add to Stillpoint' });
  await expectText(page, 'Added from Sam.');
}

/** Settings → App lock → on: the lock comes on, and (checked by every suite) nothing is left uncaught. */
export async function lockTurnedOn(page: EnginePage, site: ServedBuild): Promise<void> {
  const passphrase = 'quiet river stones';
  await page.goto(`${site.url}/settings/lock`);
  await expectHeading(page, 'App lock');
  // A made passphrase is offered first; this journey chooses its own.
  await page.click({ button: 'Choose my own passphrase instead' });
  await page.type({ label: 'New passphrase' }, passphrase);
  await page.type({ label: 'New passphrase again' }, passphrase);
  await page.click({ label: 'I understand a forgotten passphrase cannot be recovered' });
  await page.click({ button: 'Turn on the lock' });
  await expectText(page, 'The lock is on.');
  // Within the page (a reload would forget the key and show the lock screen): the progress toast's own screen.
  await page.click({ link: 'Home' });
  await expectHeading(page, 'Today');
}
