import { describe, expect, it } from 'vitest';
import { fragmentInText } from '../../../../src/features/sharing/outside-input';

describe('a share link inside shared text', () => {
  it('is found by its fragment wherever it sits in the text', () => {
    expect(fragmentInText('From Sam: https://app.example/coach/open#AbC_-9 see you')).toBe('AbC_-9');
  });

  it('is absent from text without a Stillpoint open link', () => {
    expect(fragmentInText('https://app.example/coach/invite#AbC')).toBeUndefined();
    expect(fragmentInText('just words')).toBeUndefined();
  });
});
