import type { CrisisResource } from '../domain/crisis-resource';

// Part of the default protocol pack, in its own small file because the error screen (critical path) shows these
// numbers too and must not pull in the whole pack.

/** Default crisis resources (United States). A clinic's protocol pack may replace them. */
export const DEFAULT_CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    id: 'emergency',
    name: 'Emergency services',
    number: '911',
    channels: ['call'],
    when: 'Someone is in danger now, cannot be woken, has trouble breathing, chest pain or a seizure.',
  },
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    number: '988',
    channels: ['call', 'text'],
    when: 'You are thinking about suicide, or you are in emotional distress and need to talk to someone now.',
  },
  {
    id: 'crisis-text-line',
    name: 'Crisis Text Line',
    number: '741741',
    channels: ['text'],
    textBody: 'HOME',
    when: 'You would rather text than talk. Text HOME to 741741.',
  },
];

/**
 * Where the default crisis resources were checked (the pages are listed, with what each says, in crisis-sources.ts).
 * None is yet the service's own site: those were not among the stored pages read.
 */
export const DEFAULT_CRISIS_SOURCES: readonly string[] = [
  'health.wyo.gov, a state health department: call or text 988, free, 24/7 (988lifeline.org itself not yet checked)',
  'teenhealthfx.com: text HOME to 741741, any time (crisistextline.org itself not yet checked)',
  'lehighcounty.org, a county 9-1-1 centre: 911 for police, fire and medical emergencies (911.gov not yet checked)',
];
