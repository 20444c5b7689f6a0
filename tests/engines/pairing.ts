// Pairing a patient with a coach, in one place: when pairing changes (a compare step, say), only this file moves.
import type { EnginePage } from './engine';
import { expectHeading, expectText, waitFor } from './page-checks';

/** Where each side's app lives (two origins in one browser: two devices' storage) and the coach's name. */
export interface PairingSides {
  patient: string;
  coach: string;
  coachName: string;
}

/**
 * The coach makes an invite; the patient opens it, sees the same code as the coach, and pins the coach by typing the
 * last group of the code the coach reads out (the compare is an action, not a button).
 */
export async function pairPatientWithCoach(page: EnginePage, sides: PairingSides): Promise<void> {
  await page.goto(`${sides.coach}/coach`);
  await expectHeading(page, 'Coach');
  await page.type({ label: 'Your name, as your patients know you' }, sides.coachName);
  await page.click({ button: 'Make my invite' });
  const invite = await waitFor(page, 'the invite link and code', () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Invite link');
    const link = (label?.control as HTMLInputElement | null | undefined)?.value;
    const code = document.querySelector('[data-testid="own-fingerprint"]')?.textContent?.trim();
    return link && code ? { link, code } : undefined;
  });
  const { pathname, hash } = new URL(invite.link);
  await page.goto(`${sides.patient}${pathname}${hash}`);
  await expectHeading(page, 'Invite from a coach');
  const shown = await waitFor(page, "the coach's code", () =>
    document.querySelector('[data-testid="coach-fingerprint"]')?.textContent?.trim(),
  );
  if (shown !== invite.code)
    throw new Error(`${page.engine}: the patient sees code ${shown}, the coach ${invite.code}`);
  const lastGroup = invite.code.trim().split(/\s+/).at(-1) ?? '';
  await page.type({ label: 'Or type the last four characters they read' }, lastGroup);
  await page.click({ button: `Check and pin ${sides.coachName}` });
  await expectText(page, `${sides.coachName} is pinned.`);
}
