import { expect, type Page, test } from '@playwright/test';
import { DEFAULT_PACK } from '../../src/content/default-pack';
import { makeClinicKey, signPack } from '../fixtures/signed-pack';
import { startOffline } from './check-in-steps';
import { expectNoAxeViolations, screenHeading } from './helpers';
import { dumpAllStores } from './reliability-db';

function riversidePack(version: string, systolic: number) {
  const pack = structuredClone(DEFAULT_PACK);
  pack.id = 'riverside';
  pack.name = 'Riverside Clinic rules';
  pack.publisher = 'Riverside Clinic';
  pack.version = version;
  pack.readiness.bloodPressure.hold.systolic = systolic;
  return pack;
}

async function importFile(page: Page, name: string, value: unknown) {
  await page.getByLabel('Pack file from your clinic').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(value)),
  });
}

test.describe('signed clinic packs', () => {
  test('a signed pack is pinned by comparing its code; a tampered one is refused and nothing stored changes', async ({
    page,
    context,
  }) => {
    const key = await makeClinicKey();
    await startOffline(page, context);
    await page.goto('/settings/pack');
    await expect(screenHeading(page)).toHaveText('Safety rules');

    // First pack from the clinic: signed, not checked yet. The person compares the code's end with the papers.
    await importFile(page, 'riverside.json', await signPack(riversidePack('1', 170), key));
    await expect(page.getByTestId('pack-trust')).toHaveText('Signed, not checked yet.');
    const code = (await page.getByTestId('clinic-fingerprint').textContent()) ?? '';
    expect(code).toMatch(/^(\w{4} ){4}\w{4}$/);
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: code.split(' ').at(-1) }).check();
    await page.getByRole('button', { name: 'Check and pin Riverside Clinic' }).click();
    await expect(page.getByTestId('pack-trust')).toHaveText('Signed by Riverside Clinic, verified.');
    await expect(page.getByTestId('clinic-keys')).toContainText(code);

    // Verified by the pinned key: the less strict hold limit applies without the second confirmation.
    await expect(page.getByTestId('pack-changes')).toContainText('(less strict)');
    await page.getByRole('button', { name: 'Apply these rules' }).click();
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules, version 1');

    // A later pack, changed after signing: refused, and the stored packs are exactly as they were.
    const stored = (await dumpAllStores(page)).packs;
    expect(JSON.stringify(stored)).toContain('"systolic":170');
    const later = await signPack(riversidePack('2', 150), key);
    const tampered = { ...later, pack: riversidePack('2', 200) };
    await importFile(page, 'riverside-2.json', tampered);
    await expect(page.getByTestId('pack-message')).toContainText('its signature does not match it');
    await expect(page.getByTestId('pack-message')).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Apply these rules' })).toHaveCount(0);
    expect((await dumpAllStores(page)).packs).toEqual(stored);
    await page.reload();
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules, version 1');

    // The untouched later pack is verified at once.
    await importFile(page, 'riverside-2.json', later);
    await expect(page.getByTestId('pack-trust')).toHaveText('Signed by Riverside Clinic, verified.');
    await page.getByRole('button', { name: 'Don’t apply' }).click();

    // Another key using the clinic's name: stopped with a warning, nothing to apply.
    await importFile(page, 'riverside-3.json', await signPack(riversidePack('3', 150), await makeClinicKey()));
    await expect(page.getByTestId('pack-message')).toContainText('Stopped. This pack says it is from Riverside Clinic');
    await expect(page.getByRole('button', { name: 'Apply these rules' })).toHaveCount(0);
    await expect(page.getByTestId('pack-current')).toContainText('Riverside Clinic rules, version 1');
    await expectNoAxeViolations(page);

    // Removing the clinic's key: its next pack asks for the comparison again.
    await page.getByRole('button', { name: 'Remove Riverside Clinic' }).click();
    await expect(page.getByTestId('clinic-keys')).toHaveCount(0);
    await importFile(page, 'riverside-2.json', later);
    await expect(page.getByTestId('pack-trust')).toHaveText('Signed, not checked yet.');
  });
});
