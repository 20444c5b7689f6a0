// The app lock from the outside: turned on in Settings or at first run, locking by hand, by idle time and when
// hidden, the lock screen, the emergency card while locked, and turning it off. Runs against the real engine
// (PBKDF2 at full strength, so unlocking takes a moment: the waits below allow for it).
import { expect, type Page, test } from '@playwright/test';
import {
  completeFirstRun,
  declineLockOffer,
  expectNoAxeViolations,
  screenHeading,
  submitOwnLockPassphrase,
} from './helpers';

const PASSPHRASE = 'quiet river stones';
/** Time for key derivation on a slow CI machine. */
const KEY_WORK = { timeout: 20_000 };

/** Settings → App lock → Turn on, with the given idle time. Leaves the app unlocked on the App lock screen. */
async function turnLockOn(page: Page, idle = '5 minutes'): Promise<void> {
  await page.goto('/settings/lock');
  await expect(screenHeading(page)).toHaveText('App lock');
  await expect(
    page.getByText('If you forget this passphrase, no one can recover your data — not us, not your care team.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Choose my own passphrase instead' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(idle, { exact: true }).check();
  await page.getByLabel('I understand a forgotten passphrase cannot be recovered').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The lock is on.' })).toBeVisible(KEY_WORK);
}

/** The lock screen is showing, with focus on its heading and no navigation. */
async function expectLockScreen(page: Page): Promise<void> {
  await expect(screenHeading(page)).toHaveText('Stillpoint is locked');
  await expect(screenHeading(page)).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
}

/** Types the passphrase on the lock screen and waits for the app to come back. */
async function unlockWith(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(screenHeading(page)).not.toHaveText('Stillpoint is locked', KEY_WORK);
}

/** Makes the page hidden or visible, as switching to another app does. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { value: next, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/** Saves a journal entry through the editor. */
async function writeEntry(page: Page, title: string, text: string): Promise<void> {
  await page.goto('/journal/new');
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Your entry').fill(text);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(screenHeading(page)).toHaveText(title);
}

test.describe('the app lock', () => {
  test('on in Settings, lock now, a wrong then the right passphrase, and the entries come back', async ({ page }) => {
    test.slow(); // several key derivations at full strength
    await completeFirstRun(page);
    await writeEntry(page, 'Before the lock', 'A field of tall grass.');
    await turnLockOn(page);
    await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await expectLockScreen(page);
    await expectNoAxeViolations(page);

    await page.getByLabel('Passphrase', { exact: true }).fill('quiet river stone');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.', KEY_WORK);
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);

    await unlockWith(page);
    await expect(screenHeading(page)).toHaveText('App lock');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('link', { name: /Before the lock/ })).toBeVisible();
    await page.getByRole('link', { name: /Before the lock/ }).click();
    await expect(page.getByText('A field of tall grass.')).toBeVisible();

    // A reload forgets the key: the lock screen comes first, on any route.
    await page.reload();
    await expectLockScreen(page);
    await unlockWith(page);
    await expect(page.getByText('A field of tall grass.')).toBeVisible();
  });

  test('a journal draft survives the idle lock and is there after unlocking', async ({ page }) => {
    test.slow();
    await page.clock.install();
    await completeFirstRun(page);
    await turnLockOn(page, '1 minute');
    await page.goto('/journal/new');
    await expectLockScreen(page);
    await unlockWith(page);
    await expect(screenHeading(page)).toHaveText('New entry');
    await page.getByLabel('Your entry').fill('Words from the fog, not saved as an entry yet.');

    await page.clock.fastForward('01:05');
    await expectLockScreen(page);
    await unlockWith(page);
    await expect(screenHeading(page)).toHaveText('New entry');
    await expect(page.getByLabel('Your entry')).toHaveValue('Words from the fog, not saved as an entry yet.');
  });

  test('covers the app while hidden, and locks after a minute hidden', async ({ page }) => {
    test.slow();
    await page.clock.install();
    await completeFirstRun(page);
    await setVisibility(page, 'hidden');
    await expect(page.locator('html')).not.toHaveClass(/privacy-cover/);
    await setVisibility(page, 'visible');

    await turnLockOn(page, '30 minutes');
    await setVisibility(page, 'hidden');
    await expect(page.locator('html')).toHaveClass(/privacy-cover/);
    await setVisibility(page, 'visible');
    await expect(page.locator('html')).not.toHaveClass(/privacy-cover/);
    await expect(screenHeading(page)).toHaveText('App lock');

    await setVisibility(page, 'hidden');
    await page.clock.fastForward('01:01');
    await setVisibility(page, 'visible');
    await expect(page.locator('html')).not.toHaveClass(/privacy-cover/);
    await expectLockScreen(page);
  });

  test('offered at first run, with the warning first; on after Continue', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await page.getByLabel(/preparing for or having sessions/).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(screenHeading(page)).toHaveText('Protect Stillpoint with a passphrase?');
    await expect(
      page.getByText('If you forget this passphrase, no one can recover your data — not us, not your care team.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Set a passphrase' }).click();
    // A passphrase the app made comes first; what stays readable while locked is listed before anything is done.
    await expect(page.getByRole('button', { name: 'Choose my own passphrase instead' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'What stays readable while Stillpoint is locked' })).toBeVisible();
    const made = (await page.getByTestId('lock-passphrase').textContent()) ?? '';
    expect(made).toMatch(/^([0-9A-Z]{4} ){4}[0-9A-Z]{4}$/);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(page.getByText('Tick this box once the passphrase is written down.')).toBeVisible();
    await page.getByLabel('I have written down this passphrase').check();
    await page.getByLabel('I understand a forgotten passphrase cannot be recovered').check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(screenHeading(page)).toHaveText('The lock is on', KEY_WORK);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(screenHeading(page)).toHaveText('Today');

    await page.reload();
    await expectLockScreen(page);
    // Typed as a person would from paper: small letters, spaces between the groups.
    await unlockWith(page, made.toLowerCase());
    await expect(screenHeading(page)).toHaveText('Today');
  });

  test('a reload before Continue at first run does not offer the lock twice', async ({ page }) => {
    test.slow();
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Set a passphrase' }).click();
    await submitOwnLockPassphrase(page, PASSPHRASE);
    await expect(screenHeading(page)).toHaveText('The lock is on', KEY_WORK);

    await page.reload();
    await expectLockScreen(page);
    await unlockWith(page);
    await expect(screenHeading(page)).toHaveText('Welcome to Stillpoint');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(screenHeading(page)).toHaveText('The lock is on');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(screenHeading(page)).toHaveText('Today');
  });

  test('"Not now" at first run leaves the lock off', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await declineLockOffer(page);
    await page.reload();
    await expect(screenHeading(page)).toHaveText('Today');
    await page.goto('/settings');
    await expect(page.getByRole('link', { name: 'Set up the app lock' })).toBeVisible();
  });

  test('the emergency card and the sitter guide stay open while locked, without reading sealed data', async ({
    page,
  }) => {
    test.slow();
    await completeFirstRun(page);
    await page.goto('/care-plan');
    const sitter = page.getByRole('group', { name: 'Your sitter' });
    await sitter.getByLabel('Name').fill('Sam Rivera');
    await sitter.getByLabel('Phone').fill('555 010 2000');
    await page.getByRole('button', { name: 'Save care plan' }).click();
    await expect(page.getByText('Your care plan is saved.', { exact: false })).toBeVisible();
    await turnLockOn(page);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await expectLockScreen(page);

    await page.getByRole('link', { name: 'Help now', exact: true }).click();
    await expect(screenHeading(page)).toHaveText('Get help now');
    await expect(page.getByRole('link', { name: /Call sitter: Sam Rivera/ })).toHaveAttribute('href', 'tel:5550102000');
    await expect(page.getByRole('link', { name: 'Call 988' }).first()).toHaveAttribute('href', 'tel:988');
    await expect(page.getByText('Unlock to see today’s session times.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /Sitter guide/ }).click();
    await expect(screenHeading(page)).toHaveText(/Sitter guide/);
    await page.goto('/emergency');
    await expect(screenHeading(page)).toHaveText('Get help now');

    await page.getByRole('link', { name: 'Unlock Stillpoint' }).click();
    await expectLockScreen(page);
    await unlockWith(page);
    await expect(screenHeading(page)).toHaveText(/[Ss]ession/);
  });

  test('turned off with the passphrase (a wrong one changes nothing), and stays off after a reload', async ({
    page,
  }) => {
    test.slow();
    await completeFirstRun(page);
    await writeEntry(page, 'Through the lock and back', 'Rain on the skylight.');
    await turnLockOn(page);

    await page.getByLabel('Your passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Turn off the lock' }).click();
    await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.', KEY_WORK);

    await page.getByLabel('Your passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn off the lock' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The lock is off.' })).toBeVisible(KEY_WORK);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(screenHeading(page)).toHaveText('App lock');
    await expect(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
    await page.goto('/journal');
    await page.getByRole('link', { name: /Through the lock and back/ }).click();
    await expect(page.getByText('Rain on the skylight.')).toBeVisible();
  });

  test('another tab shows the lock screen as soon as the lock is turned on here', async ({ page, context }) => {
    test.slow();
    await completeFirstRun(page);
    const other = await context.newPage();
    await other.goto('/journal');
    await expect(screenHeading(other)).toHaveText('Journal');

    await turnLockOn(page);
    await expectLockScreen(other);
    await unlockWith(other);
    await expect(screenHeading(other)).toHaveText('Journal');
  });

  test('"Lock now" locks every open tab, not just this one', async ({ page, context }) => {
    test.slow();
    await completeFirstRun(page);
    await turnLockOn(page);
    const other = await context.newPage();
    await other.goto('/journal');
    await unlockWith(other);
    await expect(screenHeading(other)).toHaveText('Journal');

    await page.getByRole('button', { name: 'Lock now' }).click();
    await expectLockScreen(page);
    await expect(screenHeading(other)).toHaveText('Stillpoint is locked');
  });
});
