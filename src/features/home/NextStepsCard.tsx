import type { Role } from '../../domain/settings';

interface Step {
  href: string;
  title: string;
  detail: string;
}

const PATIENT_STEPS: Step[] = [
  {
    href: '/prepare',
    title: 'Prepare',
    detail: 'Checklists for the week, the day before and the day of, and your intention.',
  },
  {
    href: '/check-in',
    title: 'Session-day check-in',
    detail: 'Right before a session: food, drink, blood pressure, sitter.',
  },
  { href: '/breathe', title: 'Breathe', detail: 'A few minutes of slow, guided breathing.' },
  { href: '/journal', title: 'Journal', detail: 'Write down what came up. It stays on this device.' },
  { href: '/learn', title: 'What to expect', detail: 'Short readings on sessions, safety and integration.' },
];

const COACH_STEPS: Step[] = [
  { href: '/coach', title: 'Shared with you', detail: 'Open what your clients chose to share, and reply.' },
  { href: '/settings', title: 'Settings', detail: 'Switch to patient mode, theme, storage.' },
];

/** What to do next: the main paths through the programme, in the order a person meets them. */
export function NextStepsCard({ role }: { role: Role }) {
  const steps = role === 'coach' ? COACH_STEPS : PATIENT_STEPS;
  return (
    <nav class="card" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">What you can do</h2>
      <ul class="list-plain step-list">
        {steps.map((step) => (
          <li key={step.href}>
            <a class="step-link" href={step.href}>
              <strong>{step.title}</strong>
              <span class="muted">{step.detail}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
