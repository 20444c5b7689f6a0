import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenHeading } from './helpers';
import { lastGroupOf, makeCoachInvite, openDevice, pathOf, seedRecords } from './sharing-devices';

test('a coach invites, a patient pairs and shares, the coach reviews and replies, a stranger cannot open it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = baseURL ?? '';
  const coach = await openDevice(browser, origin, 'coach');
  const patient = await openDevice(browser, origin, 'patient');

  // The coach makes an invite; the patient opens it and sees the same code.
  const invite = await makeCoachInvite(coach, 'Dr Rivera');
  expect(invite.fingerprint).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){4}$/);
  await expectNoAxeViolations(coach);
  await patient.goto(pathOf(invite.link));
  await expect(screenHeading(patient)).toHaveText('Invite from a coach');
  await expect(patient.getByTestId('coach-fingerprint')).toHaveText(invite.fingerprint);
  await expectNoAxeViolations(patient);
  // The comparison is an action: the patient picks the last group Dr Rivera reads out.
  await patient.getByRole('radio', { name: lastGroupOf(invite.fingerprint) }).check();
  await patient.getByRole('button', { name: 'Check and pin Dr Rivera' }).click();
  await expect(patient.getByText('Dr Rivera is pinned.')).toBeVisible();

  // The patient has a flagged PHQ-9 result, three journal entries and a session to share (as the scales and
  // journal areas store them).
  await seedRecords(patient, 'scaleResults', [
    {
      id: 'phq9-1',
      scaleId: 'phq9',
      total: 15,
      band: 'Moderately severe',
      completedAt: '2026-11-10T09:00:00.000Z',
      answers: {
        'phq9-1': 2,
        'phq9-2': 2,
        'phq9-3': 2,
        'phq9-4': 2,
        'phq9-5': 2,
        'phq9-6': 2,
        'phq9-7': 1,
        'phq9-8': 1,
        'phq9-9': 1,
      },
      needsAttention: true,
      attentionReason: 'phq9-item9',
    },
  ]);
  await seedRecords(
    patient,
    'entries',
    ['one', 'two', 'three'].map((n, i) => ({
      id: `entry-${n}`,
      createdAt: `2026-11-1${i + 1}T20:00:00.000Z`,
      updatedAt: `2026-11-1${i + 1}T20:00:00.000Z`,
      title: `Entry ${n}`,
      text: `What I noticed, part ${n}.`,
      tags: ['integration'],
    })),
  );
  await seedRecords(patient, 'sessions', [
    { id: 'session-1', createdAt: '2026-11-12T09:00:00.000Z', status: 'ended', intention: 'Rest and listen' },
  ]);
  await patient.goto('/coach');
  await expect(patient.getByText(/Code: /)).toHaveText(`Code: ${invite.fingerprint}`);
  await expectNoAxeViolations(patient);
  const patientCode = (await patient.getByTestId('own-fingerprint').textContent()) ?? '';
  await patient.getByRole('link', { name: 'Share with a coach' }).click();
  await expect(screenHeading(patient)).toHaveText('Share with your coach');
  await patient.getByLabel('Your name, as your coach knows you').fill('Sam');
  await expect(patient.getByText(`(code ${invite.fingerprint})`)).toBeVisible();
  await patient.getByRole('checkbox', { name: /PHQ-9: 15/ }).check();
  for (const n of ['one', 'two', 'three'])
    await patient.getByRole('checkbox', { name: new RegExp(`Entry ${n}`) }).check();
  await patient.getByRole('checkbox', { name: /Session, ended/ }).check();
  await expectNoAxeViolations(patient);
  await patient.getByRole('button', { name: 'Preview what will be sent' }).click();
  await expect(patient.getByRole('heading', { name: /Dr Rivera will see exactly this \(5 items\)/ })).toBeVisible();
  await expect(patient.getByText('Score only.')).toBeVisible();
  await expectNoAxeViolations(patient);
  await patient.getByRole('button', { name: 'Seal for Dr Rivera' }).click();
  const shareLink = await patient.getByLabel('Link').inputValue();
  expect(shareLink).toMatch(/\/coach\/open#[A-Za-z0-9_-]+$/);
  expect(shareLink).not.toContain('Rest and listen');
  await expectNoAxeViolations(patient);

  // The coach opens it, previews, agrees, and sees what needs attention first.
  await coach.goto(pathOf(shareLink));
  await expect(coach.getByRole('heading', { name: 'Sam shared 5 items' })).toBeVisible();
  // A first share: the coach sees it is a new sender, and the code to compare with the patient's.
  await expect(coach.getByText('New sender.')).toBeVisible();
  await expect(coach.getByTestId('sender-fingerprint')).toHaveText(patientCode);
  await expectNoAxeViolations(coach);
  await coach.getByRole('button', { name: 'Add to Stillpoint' }).click();
  await expect(coach.getByText('Added from Sam.')).toBeVisible();
  await coach.goto(pathOf(shareLink));
  await expect(coach.getByText('You opened this before. Nothing new to add.')).toBeVisible();
  await coach.goto('/coach');
  await expect(coach.getByText(/5 shared items, 1 needing attention/)).toBeVisible();
  await coach.getByRole('link', { name: 'Sam' }).click();
  await expect(screenHeading(coach)).toHaveText('Shared by Sam');
  const first = coach.getByTestId('review-item').first();
  await expect(first).toContainText('Needs attention: PHQ-9 question 9 (thoughts of self-harm) answered above zero');
  await expect(coach.getByRole('region', { name: 'Scores over time' })).toContainText('15 (Moderately severe)');
  await expectNoAxeViolations(coach);
  await first.getByLabel('Comment on this item').fill('Thank you for telling me. I will call you today.');
  await first.getByRole('button', { name: 'Save comment' }).click();
  await expect(first).toContainText('Your comment: Thank you for telling me.');
  const entryOne = coach.getByTestId('review-item').filter({ hasText: 'Entry one' });
  await entryOne.getByLabel('Comment on this item').fill('This part stood out to me. Let us talk about it.');
  await entryOne.getByRole('button', { name: 'Save comment' }).click();
  await expect(entryOne).toContainText('Your comment: This part stood out');
  await coach.getByRole('button', { name: 'Seal a reply for Sam' }).click();
  const replyLink = await coach.getByLabel('Link').inputValue();
  await expectNoAxeViolations(coach);

  // The patient opens the reply and sees the comment.
  await patient.goto(pathOf(replyLink));
  await expect(patient.getByRole('heading', { name: 'Dr Rivera replied with 2 comments' })).toBeVisible();
  await patient.getByRole('button', { name: 'Add to Stillpoint' }).click();
  // The import is saved once the screen says so; leaving before that would abandon it.
  await expect(patient.getByText('Added from Dr Rivera.')).toBeVisible();
  await patient.goto('/coach');
  await expect(patient.getByText('Thank you for telling me. I will call you today.')).toBeVisible();
  // …and under their own journal entry.
  await patient.goto('/journal/entry-one');
  const fromCoach = patient.getByRole('region', { name: 'From your coach' });
  await expect(fromCoach).toContainText('This part stood out to me. Let us talk about it.');
  await expect(fromCoach).toContainText('Dr Rivera');
  await expectNoAxeViolations(patient);

  // Someone else's app cannot open the share.
  const stranger = await openDevice(browser, origin, 'coach');
  await makeCoachInvite(stranger, 'Someone else');
  await stranger.goto(pathOf(shareLink));
  await expect(stranger.getByText(/This share is not for this device/)).toBeVisible();
  await expect(stranger.getByRole('button', { name: 'Add to Stillpoint' })).toHaveCount(0);
  await expectNoAxeViolations(stranger);
  for (const page of [coach, patient, stranger]) await page.context().close();
});

test('a patient with no paired coach shares with a passphrase; an invite file leads to pairing', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const patient = await openDevice(browser, origin, 'patient');
  await seedRecords(patient, 'sessions', [
    { id: 'session-9', createdAt: '2026-11-12T09:00:00.000Z', status: 'ended', intention: 'Slow down' },
  ]);
  await patient.goto('/coach/share');
  await patient.getByLabel('Your name, as your coach knows you').fill('Sam');
  await patient.getByRole('checkbox', { name: /Session, ended/ }).check();
  await patient.getByRole('button', { name: 'Preview what will be sent' }).click();
  await patient.getByRole('button', { name: 'Seal with a passphrase' }).click();
  const passphrase = (await patient.getByTestId('passphrase').textContent()) ?? '';
  expect(passphrase).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  const link = await patient.getByLabel('Link').inputValue();
  await expectNoAxeViolations(patient);

  const reader = await openDevice(browser, origin, 'coach');
  await reader.goto(pathOf(link));
  await expect(reader.getByText('This share is locked with a passphrase.')).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.getByLabel('Passphrase').fill('AAAA-AAAA-AAAA-AAAA-AAAA');
  await reader.getByRole('button', { name: 'Open with this passphrase' }).click();
  await expect(reader.getByText(/the one given does not open it/)).toBeVisible();
  await reader.getByLabel('Passphrase').fill(passphrase.toLowerCase());
  await reader.getByRole('button', { name: 'Open with this passphrase' }).click();
  await expect(reader.getByRole('heading', { name: 'Sam shared 1 item' })).toBeVisible();
  await reader.getByRole('button', { name: 'Add to Stillpoint' }).click();
  await expect(reader.getByText('Added from Sam.')).toBeVisible();

  // The coach's invite also travels as a file; opening it leads to the same pairing screen.
  const invite = await makeCoachInvite(reader, 'Dr Rivera');
  const [download] = await Promise.all([
    reader.waitForEvent('download'),
    reader.getByRole('button', { name: 'Save invite as a file' }).click(),
  ]);
  await patient.goto('/coach/open');
  await patient.getByLabel(/Open a Stillpoint file/).setInputFiles(await download.path());
  await expect(screenHeading(patient)).toHaveText('Invite from a coach');
  await expect(patient.getByTestId('coach-fingerprint')).toHaveText(invite.fingerprint);
  for (const page of [patient, reader]) await page.context().close();
});
