import type { ChecklistSet } from './checklist';
import { bloodPressureLimitWords, checkInRule, heartRateLimitWords, selfHarmAnswerRule } from './pack-limits';
import type { ProtocolPack } from './protocol-pack';
import type { Reading, ReadingBlock } from './reading';

// Text a person reads names the pack's numbers by placeholder ("{food.hours}"), never by a typed number, so a clinic
// pack that changes a number changes every sentence that states it. Readings and checklists, default or a clinic's,
// are filled with the pack in force just before they are shown.

/** Every placeholder a text may use, and how to read it from a pack. */
export const PACK_TEXT_VALUES: Readonly<Record<string, (pack: ProtocolPack) => string>> = {
  'food.hours': (p) => String(p.readiness.food.hours),
  'clear-liquids.hours': (p) => String(p.readiness.clearLiquids.hours),
  'alcohol-cannabis.hours': (p) => String(p.readiness.alcoholCannabis.hours),
  'spacing.min-hours': (p) => String(p.readiness.spacing.minHours),
  'spacing.check-in-after-days': (p) => String(p.readiness.spacing.checkInAfterDays),
  'screening.repeat-days': (p) => String(p.screening.repeatAfterDays),
  'blood-pressure.rest-minutes': (p) => String(p.readiness.bloodPressure.restMinutes),
  'recheck.wait-minutes': (p) => String(p.readiness.recheck.waitMinutes),
  'blood-pressure.caution': (p) => bloodPressureLimitWords(p, 'caution'),
  'blood-pressure.hold': (p) => bloodPressureLimitWords(p, 'hold'),
  'heart-rate.hold': (p) => heartRateLimitWords(p),
  'sitter.min-age': (p) => String(p.readiness.sitter.minAge),
  'check-in.valid-minutes': (p) => String(checkInRule(p).validMinutes),
  'phq9-item9.days': (p) => String(selfHarmAnswerRule(p).days),
};

const PLACEHOLDER = /\{([a-z0-9.-]+)\}/g;

/** The placeholders a text uses. */
export function packTextKeys(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/** A text with each known placeholder replaced by the pack's value (an unknown one is left as written). */
export function fillPackText(text: string, pack: ProtocolPack): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => PACK_TEXT_VALUES[key]?.(pack) ?? whole);
}

function fillBlock(block: ReadingBlock, pack: ProtocolPack): ReadingBlock {
  if (typeof block === 'string') return fillPackText(block, pack);
  if ('list' in block) return { list: block.list.map((item) => fillPackText(item, pack)) };
  return { steps: block.steps.map((step) => fillPackText(step, pack)) };
}

/** A reading with the pack's numbers in its title, summary, headings and text. */
export function fillReading(reading: Reading, pack: ProtocolPack): Reading {
  return {
    ...reading,
    title: fillPackText(reading.title, pack),
    summary: fillPackText(reading.summary, pack),
    sections: reading.sections.map((section) => ({
      ...section,
      heading: fillPackText(section.heading, pack),
      blocks: section.blocks.map((block) => fillBlock(block, pack)),
    })),
  };
}

/** Checklists with the pack's numbers in their text. */
export function fillChecklists(lists: ChecklistSet, pack: ProtocolPack): ChecklistSet {
  return lists.map((list) => ({
    ...list,
    title: fillPackText(list.title, pack),
    when: fillPackText(list.when, pack),
    items: list.items.map((item) => ({
      ...item,
      text: fillPackText(item.text, pack),
      ...(item.detail === undefined ? {} : { detail: fillPackText(item.detail, pack) }),
    })),
  }));
}
