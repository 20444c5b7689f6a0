import type { z } from 'zod/mini';
import { looksSigned, type PackSignature, SignedPackSchema, signatureOf } from './pack-signature';
import { PACK_FORMAT, type ProtocolPack, ProtocolPackSchema } from './protocol-pack';

// Reading a clinic's pack from a file or a link: untrusted text in, a checked pack or a plain refusal out.

/** The largest pack we read, checked before reading a single byte of it. */
export const MAX_PACK_BYTES = 256 * 1024;

/** Where a pack link carries the pack: in the fragment, which browsers never send to a server. */
export const PACK_LINK_PREFIX = '#pack=';

/**
 * A checked pack (with its signature, still to be checked, when it came signed), or the reason it was refused in
 * plain words.
 */
export type PackParse = { ok: true; pack: ProtocolPack; signature?: PackSignature } | { ok: false; message: string };

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}

/** Refuses a pack that is too large to be a real one, before it is read. */
export function checkPackSize(bytes: number): PackParse | undefined {
  if (bytes <= MAX_PACK_BYTES) return undefined;
  return {
    ok: false,
    message: `This file is ${kib(bytes)}. A protocol pack is at most ${kib(MAX_PACK_BYTES)}, so this is probably not one. Nothing was changed.`,
  };
}

const PLACE_NAMES: Record<string, string> = {
  bloodPressure: 'blood pressure',
  heartRate: 'heart rate',
  clearLiquids: 'clear liquids',
  alcoholCannabis: 'alcohol and cannabis',
  afterSession: 'after the session',
  noDriving: 'no driving',
  vitalsAfter: 'vitals after',
  sideEffects: 'side effects',
};

function place(path: readonly PropertyKey[]): string {
  const words = path.map((part) =>
    typeof part === 'number' ? `item ${part + 1}` : (PLACE_NAMES[String(part)] ?? String(part)),
  );
  return words.length > 0 ? words.join(' › ') : 'the pack';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = place(issue.path);
  const last = issue.path[issue.path.length - 1];
  if (last === 'sources' && (issue.code === 'too_small' || issue.code === 'invalid_type')) {
    return `${place(issue.path.slice(0, -1))} has no source. Every rule must say where it comes from.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined
        ? `${where} is missing.`
        : `${where} should be ${issue.expected === 'number' ? 'a number' : issue.expected === 'string' ? 'text' : `a ${issue.expected}`}.`;
    case 'unrecognized_keys':
      return `${where} has fields this app does not know: ${issue.keys.join(', ')}.`;
    case 'too_small':
    case 'too_big':
      return `${where} is outside the allowed range.`;
    case 'invalid_value':
      return `${where} has a value this app does not know.`;
    default:
      return `${where} is not valid.`;
  }
}

const UNREADABLE_SIGNATURE =
  'This pack says it is signed, but its signature cannot be read, so it was refused. Ask your clinic to send it again. Nothing was changed.';

/** Checks a parsed JSON value as a pack, signed or not; refusals name the first few problems in plain words. */
export function parsePackValue(value: unknown): PackParse {
  if (looksSigned(value)) {
    const signed = SignedPackSchema.safeParse(value);
    const signature = signed.success ? signatureOf(signed.data) : undefined;
    if (!signed.success || !signature) return { ok: false, message: UNREADABLE_SIGNATURE };
    const inner = parseUnsignedValue(signed.data.pack);
    return inner.ok ? { ...inner, signature } : inner;
  }
  return parseUnsignedValue(value);
}

function parseUnsignedValue(value: unknown): PackParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'This is not a protocol pack. Nothing was changed.' };
  }
  const format = (value as { format?: unknown }).format;
  if (format !== PACK_FORMAT) {
    return {
      ok: false,
      message:
        typeof format === 'number'
          ? `This pack is format ${format}, which this version of Stillpoint does not know. Update the app, or ask your clinic for a format ${PACK_FORMAT} pack. Nothing was changed.`
          : 'This pack does not say which format it is, so it cannot be checked. Nothing was changed.',
    };
  }
  const result = ProtocolPackSchema.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  const problems = result.error.issues.slice(0, 5).map((issue) => describeIssue(issue, value));
  const more = result.error.issues.length > 5 ? ` And ${result.error.issues.length - 5} more.` : '';
  return {
    ok: false,
    message: `This pack was refused: ${problems.join(' ')}${more} Nothing was changed.`,
  };
}

/** Checks pack text (a file's contents, or a decoded link). */
export function parsePackText(text: string): PackParse {
  const tooLarge = checkPackSize(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a protocol pack: it is not readable JSON. Nothing was changed.' };
  }
  return parsePackValue(value);
}

/** Turns a pack into the fragment of a link (`#pack=<base64url of its JSON>`). */
export function encodePackFragment(pack: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PACK_LINK_PREFIX + btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Reads a pack from a link's fragment; undefined when the fragment carries no pack at all. */
export function parsePackFragment(hash: string): PackParse | undefined {
  if (!hash.startsWith(PACK_LINK_PREFIX)) return undefined;
  const encoded = hash.slice(PACK_LINK_PREFIX.length);
  // Base64 grows text by a third: refuse before decoding anything too large to be a pack.
  const tooLarge = checkPackSize(Math.floor((encoded.length * 3) / 4));
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'This link is damaged: the pack in it cannot be read. Nothing was changed.' };
  }
  return parsePackText(text);
}
