import { z } from 'zod/mini';

/** One way to reach help in a crisis: a number to call or text, with plain words about when to use it. */
export const CrisisResourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** What to dial or text: digits only, as a tel: or sms: link needs it. */
  number: z.string().check(z.regex(/^[0-9+*#]{2,20}$/)),
  /** The number as people there write it, e.g. "116 123" or "9-8-8"; the dialled number when absent. */
  shown: z.optional(z.string().check(z.regex(/^[0-9+*# -]{2,24}$/))),
  /** "call", "text", or both. */
  channels: z.array(z.enum(['call', 'text'])).check(z.minLength(1)),
  /** For text lines: the word to send, e.g. HOME. */
  textBody: z.optional(z.string()),
  when: z.string(),
});
/** One way to reach help in a crisis. */
export type CrisisResource = z.infer<typeof CrisisResourceSchema>;

/** The crisis and emergency numbers of one country. Where each was checked is kept apart, in CrisisSource. */
export const CrisisCountrySchema = z.object({
  /** ISO 3166-1 alpha-2 code, e.g. US, GB. */
  code: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** The country's name as a person reads it, e.g. "United States". */
  name: z.string().check(z.minLength(1)),
  resources: z.array(CrisisResourceSchema).check(z.minLength(1)),
});
/** The crisis and emergency numbers of one country. */
export type CrisisCountry = z.infer<typeof CrisisCountrySchema>;

/**
 * Whose page a number was checked on. "service": the service's own site. "authority": a public body that is not the
 * service (a national health service, a regulator, a government). "other": neither; cited only because no page of
 * the service itself could be found, and it says so.
 */
export const CrisisSourceKindSchema = z.enum(['service', 'authority', 'other']);

/** One page a crisis or emergency number was checked against, and what that page says about it. */
export const CrisisSourceSchema = z.object({
  /** The country (ISO code) and the resource (its id there) the page backs. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  resourceId: z.string().check(z.minLength(1)),
  /** The exact address of the page read. */
  url: z.string().check(z.regex(/^https?:\/\/[^\s]+$/)),
  /** What the page says about the number, keyword or hours, in short. */
  says: z.string().check(z.minLength(1)),
  from: CrisisSourceKindSchema,
  /** Why this page and not the service's own, or anything the page leaves unsaid. */
  note: z.optional(z.string().check(z.minLength(1))),
});
/** One page a crisis or emergency number was checked against. */
export type CrisisSource = z.infer<typeof CrisisSourceSchema>;

/** The resources of a country that no page of the service itself confirms: each still needs checking there. */
export function unconfirmedResources(country: CrisisCountry, sources: readonly CrisisSource[]): string[] {
  const confirmed = new Set(
    sources
      .filter((source) => source.country === country.code && source.from === 'service')
      .map((source) => source.resourceId),
  );
  return country.resources.map((resource) => resource.id).filter((id) => !confirmed.has(id));
}
