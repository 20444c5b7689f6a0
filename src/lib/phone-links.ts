/** A tel: link for a phone number, keeping only the characters a dialler understands. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+*#]/g, '')}`;
}

/** An sms: link, with an optional message body (e.g. HOME for the Crisis Text Line). */
export function smsHref(number: string, body?: string): string {
  const digits = number.replace(/[^0-9+]/g, '');
  return body ? `sms:${digits}?&body=${encodeURIComponent(body)}` : `sms:${digits}`;
}
