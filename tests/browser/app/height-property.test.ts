// The bar heights the stylesheets read (scroll padding under the sticky header): while the live app waits hidden
// behind the prerendered first frame, its header has no height, and a 0 written then let a focused control scroll
// under the frame's header (seen in the Chromium journey at first run).
import { expect, it } from 'vitest';
import { keepHeightAsProperty } from '../../../src/app/height-property';

const NAME = '--test-bar-height';
const written = () => document.documentElement.style.getPropertyValue(NAME);
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

it('writes nothing while the element is not rendered, then its height once it shows', async () => {
  const hidden = document.createElement('div');
  hidden.style.display = 'none';
  const bar = document.createElement('header');
  bar.style.height = '65px';
  hidden.append(bar);
  document.body.append(hidden);
  const stop = keepHeightAsProperty(bar, NAME);
  await frames();
  await frames();
  expect(written()).toBe('');
  hidden.style.display = 'block';
  await expect.poll(written).toBe('65px');
  stop();
  hidden.remove();
});

it('keeps a zero height of a rendered element (an empty toast room has no height, and says so)', async () => {
  const bar = document.createElement('div');
  bar.style.height = '30px';
  document.body.append(bar);
  const stop = keepHeightAsProperty(bar, NAME);
  await expect.poll(written).toBe('30px');
  bar.style.height = '0px';
  await expect.poll(written).toBe('0px');
  stop();
  bar.remove();
});
