import { expect, type Locator, type Page, test } from '@playwright/test';
import { completeFirstRun, expectNoAxeViolations, screenHeading } from './helpers';

// The phone's navigation at 360 px: every area one tap from the bar or from More, every item in view, the current
// area always shown, and the same by keyboard.

const BAR = ['Home', 'Session', 'Breathe', 'Journal'];
const MORE = ['Prepare', 'Check-in', 'Scales', 'Coach', 'Learn', 'Settings'];

test.use({ viewport: { width: 360, height: 740 } });

function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

function moreButton(page: Page): Locator {
  return mainNav(page).getByRole('button', { name: /^More/ });
}

/** Every visible link and button of the navigation lies wholly inside the viewport and is at least 44 px tall. */
async function expectAllVisibleItemsInView(page: Page): Promise<void> {
  const boxes = await mainNav(page)
    .locator('a:visible, button:visible')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name: element.textContent,
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          h: box.height,
        };
      }),
    );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.left, `${box.name} left edge`).toBeGreaterThanOrEqual(0);
    expect(box.right, `${box.name} right edge`).toBeLessThanOrEqual(360);
    expect(box.top, `${box.name} top edge`).toBeGreaterThanOrEqual(0);
    expect(box.bottom, `${box.name} bottom edge`).toBeLessThanOrEqual(740);
    expect(box.h, `${box.name} height`).toBeGreaterThanOrEqual(44);
  }
}

test.describe('the navigation on a 360 px phone', () => {
  test('shows four areas and More, all in view, and passes axe closed and open', async ({ page }) => {
    await completeFirstRun(page);
    for (const label of BAR) await expect(mainNav(page).getByRole('link', { name: label })).toBeVisible();
    await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expectAllVisibleItemsInView(page);
    await expectNoAxeViolations(page);

    await moreButton(page).click();
    await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'true');
    for (const label of MORE) await expect(mainNav(page).getByRole('link', { name: label })).toBeVisible();
    await expectAllVisibleItemsInView(page);
    await expectNoAxeViolations(page);
  });

  test('reaches every area in one tap from the bar or from More, and marks the current one in view', async ({
    page,
  }) => {
    await completeFirstRun(page);
    for (const label of [...BAR.slice(1), ...MORE, 'Home']) {
      const inMore = MORE.includes(label);
      if (inMore) await moreButton(page).click();
      await mainNav(page).getByRole('link', { name: label }).click();
      await expect(screenHeading(page), label).toBeFocused();
      if (inMore) {
        // The list closed, and the More button says where the person is.
        await expect(mainNav(page).getByRole('link', { name: label })).toBeHidden();
        await expect(moreButton(page)).toHaveAccessibleName(`More ${label}`);
        await expect(moreButton(page)).toHaveAccessibleDescription(`You are in ${label}, under More.`);
        await expect(moreButton(page)).toBeInViewport({ ratio: 1 });
        if (label === MORE[0]) await expectNoAxeViolations(page);
        await moreButton(page).click();
      }
      const current = mainNav(page).getByRole('link', { name: label });
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect(current).toBeInViewport({ ratio: 1 });
      await expectAllVisibleItemsInView(page);
      if (inMore) await moreButton(page).click();
    }
  });

  test('opens and closes More by keyboard: Escape closes it and hands focus back', async ({ page }) => {
    await completeFirstRun(page);
    await moreButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: MORE[0] })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(moreButton(page)).toBeFocused();
    await expect(mainNav(page).getByRole('link', { name: MORE[0] })).toBeHidden();
  });

  test('closes More with Escape pressed straight after opening it', async ({ page }) => {
    await completeFirstRun(page);
    // Opens the list and presses Escape once Preact has rendered it but before the next frame: a listener that an
    // effect adds after that frame would miss this key (under load, Chromium runs input before timers and frames).
    const states = await page.evaluate(async () => {
      const more = document.querySelector<HTMLButtonElement>('nav[aria-label="Main"] button[aria-controls]');
      if (!more) throw new Error('no More button');
      more.focus();
      more.click();
      await Promise.resolve();
      await Promise.resolve();
      const opened = more.getAttribute('aria-expanded');
      more.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await Promise.resolve();
      await Promise.resolve();
      return { opened, afterEscape: more.getAttribute('aria-expanded') };
    });
    expect(states).toEqual({ opened: 'true', afterEscape: 'false' });
    await expect(moreButton(page)).toBeFocused();
  });

  test('closes More on a tap outside it', async ({ page }) => {
    await completeFirstRun(page);
    await moreButton(page).click();
    await screenHeading(page).click();
    await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('keeps every item in view with the text at 200%', async ({ page }) => {
    await completeFirstRun(page);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await expectAllVisibleItemsInView(page);
    await moreButton(page).click();
    await expectAllVisibleItemsInView(page);
  });
});
