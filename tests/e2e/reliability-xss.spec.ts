// 500 script-injection payloads stored in every text field that exists, then every screen that may show them is
// opened: nothing runs, no CSP rule breaks, no request leaves. Data-driven: an area adds its fields to SURFACES.
import { expect, test } from '@playwright/test';
import { XSS_FLAG, XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { completeFirstRun, cspViolations, screenHeading, watchCspViolations, watchForeignRequests } from './helpers';
import { seedStores } from './reliability-db';

/** Where text is stored, and the screens that show it. */
interface Surface {
  name: string;
  records(payloads: readonly string[]): Record<string, unknown[]>;
  routes: string[];
}

const at = (i: number) => new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString();
/** Fits a payload into a field's stored limit (longer text would be refused on read, and so never shown). */
const clip = (text: string, max: number) => text.slice(0, max);

const SURFACES: Surface[] = [
  {
    name: 'drafts (title, text, id)',
    records: (payloads) => ({
      drafts: payloads.map((p, i) => ({
        id: p.length <= 200 ? `journal:${p}` : `journal:${i}`,
        text: p,
        fields: { title: p },
        updatedAt: at(i),
      })),
    }),
    routes: ['/', '/journal'],
  },
  {
    name: 'care plan (names, phones, medicines, prescription)',
    records: (payloads) => ({
      settings: [
        {
          key: 'care-plan',
          value: {
            sitter: { name: clip(payloads[0] ?? '', 120), phone: clip(payloads[1] ?? '', 40) },
            careTeam: { name: clip(payloads[2] ?? '', 120), phone: clip(payloads[3] ?? '', 40) },
            prescriber: { name: clip(payloads[4] ?? '', 120), phone: clip(payloads[5] ?? '', 40) },
            medicines: payloads.map((p) => ({ name: clip(p, 120), instructions: p })),
            prescription: {
              medicine: clip(payloads[6] ?? '', 120),
              doseAsWritten: clip(payloads[7] ?? '', 200),
              boosterPrescribed: true,
              boosterInstructions: payloads[8],
              notes: payloads[9],
            },
            cautionBandAllowed: false,
            updatedAt: at(0),
          },
        },
      ],
    }),
    routes: ['/check-in', '/session', '/emergency', '/prepare'],
  },
  {
    name: 'sessions (intention)',
    records: (payloads) => ({
      sessions: payloads.map((p, i) => ({ id: `session-${i}`, createdAt: at(i), status: 'ended', intention: p })),
    }),
    routes: ['/session', '/prepare', '/'],
  },
  {
    name: 'journal entries (as the journal will store them)',
    records: (payloads) => ({
      entries: payloads.map((p, i) => ({ id: `entry-${i}`, createdAt: at(i), title: p, text: p, tags: [p] })),
    }),
    routes: ['/journal'],
  },
];

test.describe('script injection', () => {
  for (const surface of SURFACES) {
    test(`500 payloads in ${surface.name}: nothing runs, no CSP violation, no request leaves`, async ({
      page,
      context,
      baseURL,
    }) => {
      const foreign = watchForeignRequests(context, baseURL ?? '');
      await watchCspViolations(context);
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await completeFirstRun(page);
      await seedStores(page, surface.records(XSS_PAYLOADS));

      for (const route of surface.routes) {
        await page.goto(route);
        await expect(screenHeading(page), route).toBeVisible();
        // Give error handlers and lazy screens their chance to run before looking.
        await page.waitForLoadState('networkidle');
        expect(
          await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG),
          route,
        ).toBeUndefined();
        expect(await cspViolations(page), route).toEqual([]);
      }
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }

  test('payloads shown as drafts appear as plain text, exactly as typed', async ({ page }) => {
    await completeFirstRun(page);
    await seedStores(page, SURFACES[0]!.records(XSS_PAYLOADS.slice(0, 20)));
    await page.goto('/');
    await expect(page.getByRole('link', { name: XSS_PAYLOADS[0], exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: XSS_PAYLOADS[1], exact: true })).toBeVisible();
  });
});
