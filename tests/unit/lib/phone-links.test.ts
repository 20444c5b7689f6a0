import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '../../../src/lib/phone-links';

describe('phone links', () => {
  it('keeps only dialable characters in a tel: link', () => {
    expect(telHref('+1 (555) 010-2000')).toBe('tel:+15550102000');
  });
  it('adds an encoded body to an sms: link', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
    expect(smsHref('988')).toBe('sms:988');
  });
});
