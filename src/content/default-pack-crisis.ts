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

/** Where the default crisis resources come from. */
export const DEFAULT_CRISIS_SOURCES: readonly string[] = [
  '988lifeline.org',
  'crisistextline.org',
  '911 (United States emergency number)',
];
