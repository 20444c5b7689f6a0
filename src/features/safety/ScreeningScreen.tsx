import { useState } from 'preact/hooks';
import './safety.css';
import {
  crisisAnswered,
  crisisFirstAnswered,
  type ScreeningRecord,
  screeningComplete,
  screeningOutcome,
} from '../../domain/screening';
import { messageOf } from '../../lib/error-message';
import { saveScreening } from '../../storage/screenings-store';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Screen } from '../../ui/Screen';
import { ChoiceField, YES_NO } from './ChoiceField';
import { CrisisNow } from './CrisisNow';
import { RuleLink } from './RuleLink';
import { ScreeningResult } from './ScreeningResult';
import { usePack, useSafetyContext } from './use-safety-context';

/** Eligibility screening: the pack's questions in plain words. A "yes" means talk with the prescriber first. */
export function ScreeningScreen() {
  const pack = usePack();
  const { context } = useSafetyContext();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<ScreeningRecord | undefined>();
  const [saving, setSaving] = useState(false);
  const crisisNow = crisisAnswered(answers, pack);
  const crisisFirst = crisisFirstAnswered(answers, pack);

  async function submit(event: Event) {
    event.preventDefault();
    if (!screeningComplete(answers, pack)) {
      const left = pack.screening.questions.filter((q) => typeof answers[q.id] !== 'boolean').length;
      setError(`Answer every question first (${left} left).`);
      return;
    }
    setSaving(true);
    setError(null);
    const { outcome, reasons } = screeningOutcome(answers, pack);
    const record: ScreeningRecord = {
      id: crypto.randomUUID(),
      completedAt: new Date().toISOString(),
      packId: pack.id,
      packVersion: pack.version,
      answers,
      outcome,
      reasons,
    };
    try {
      await saveScreening(record);
      setSaved(record);
    } catch (caught) {
      setError(messageOf(caught, 'Your answers were not saved. Please try again.'));
    } finally {
      setSaving(false);
    }
  }

  if (saved) {
    return (
      <Screen title="Eligibility questions">
        <ScreeningResult record={saved} pack={pack} prescriber={context?.carePlan.prescriber} />
      </Screen>
    );
  }

  return (
    <Screen
      title="Eligibility questions"
      intro="Answer for yourself. A yes does not mean you can never have sessions: it means talk with your prescriber first. Stillpoint never decides for you."
    >
      {crisisFirst ? <CrisisNow first /> : null}
      <form onSubmit={submit} noValidate>
        {pack.screening.questions.map((question) => (
          <div key={question.id}>
            <ChoiceField
              name={`q-${question.id}`}
              legend={question.text}
              choices={YES_NO}
              value={answers[question.id] === undefined ? undefined : answers[question.id] ? 'yes' : 'no'}
              onChange={(value) => setAnswers((prev) => ({ ...prev, [question.id]: value === 'yes' }))}
            />
            {question.crisis && !question.crisisFirst && answers[question.id] === true && !crisisFirst ? (
              <CrisisNow>
                <p>Talk with your prescriber before any session.</p>
              </CrisisNow>
            ) : null}
          </div>
        ))}
        {error ? <Notice tone="danger">{error}</Notice> : null}
        {crisisNow ? <p>You can still save your answers. Your prescriber needs to know.</p> : null}
        <Button type="submit" large disabled={saving}>
          Save my answers
        </Button>
      </form>
      <p>
        <RuleLink ruleId="screening">Why these questions?</RuleLink>
      </p>
      <LinkButton variant="secondary" href="/check-in">
        Back to the check-in
      </LinkButton>
    </Screen>
  );
}
