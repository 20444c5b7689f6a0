import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, screenHeading } from './helpers';
import { lastGroupOf, makeCoachInvite, openDevice, pathOf } from './sharing-devices';

test('the pairing compare refuses a wrong group, and pins only on the group the coach reads out', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const coach = await openDevice(browser, baseURL ?? '', 'coach');
  const patient = await openDevice(browser, baseURL ?? '', 'patient');
  const invite = await makeCoachInvite(coach, 'Dr Rivera');
  const right = lastGroupOf(invite.fingerprint);

  await patient.goto(pathOf(invite.link));
  await expect(screenHeading(patient)).toHaveText('Invite from a coach');
  const choices = patient.getByRole('radio');
  await expect(choices).toHaveCount(4);
  await expectNoAxeViolations(patient);
  const wrong = (await choices.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).find(
    (value) => value !== right,
  );
  await patient.getByRole('radio', { name: wrong ?? '' }).check();
  await patient.getByRole('button', { name: 'Check and pin Dr Rivera' }).click();
  await expect(
    patient.getByText(/That is not the end of this invite's code, so Dr Rivera was not pinned/),
  ).toBeVisible();
  await expect(patient.getByRole('button', { name: 'Check and pin Dr Rivera' })).toHaveCount(0);
  await patient.goto('/coach');
  await expect(patient.getByText(/No coach yet/)).toBeVisible();

  // Opened again, the right group typed loosely pins the coach.
  await patient.goto(pathOf(invite.link));
  await patient.getByLabel('Or type the last four characters they read').fill(right.toLowerCase());
  await patient.getByRole('button', { name: 'Check and pin Dr Rivera' }).click();
  await expect(patient.getByText('Dr Rivera is pinned.')).toBeVisible();
  for (const page of [coach, patient]) await page.context().close();
});

test('an invite with a pinned coach’s name but another key is stopped with a warning', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const coach = await openDevice(browser, baseURL ?? '', 'coach');
  const impostor = await openDevice(browser, baseURL ?? '', 'coach');
  const patient = await openDevice(browser, baseURL ?? '', 'patient');
  const real = await makeCoachInvite(coach, 'Dr Rivera');
  await patient.goto(pathOf(real.link));
  await patient.getByRole('radio', { name: lastGroupOf(real.fingerprint) }).check();
  await patient.getByRole('button', { name: 'Check and pin Dr Rivera' }).click();
  await expect(patient.getByText('Dr Rivera is pinned.')).toBeVisible();

  const fake = await makeCoachInvite(impostor, 'dr. Rivera');
  await patient.goto(pathOf(fake.link));
  await expect(patient.getByText(/Stopped\. You already have a coach called Dr Rivera/)).toBeVisible();
  await expect(patient.getByRole('button', { name: /Check and pin/ })).toHaveCount(0);
  await expectNoAxeViolations(patient);
  await patient.goto('/coach');
  await expect(patient.getByText(/^Code: /)).toHaveCount(1);
  for (const page of [coach, impostor, patient]) await page.context().close();
});
