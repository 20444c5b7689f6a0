import type { SafetyRuleId } from '../../domain/safety-rule-id';

/** A link to the plain-words explanation of a rule (the readings live at /learn/rule/<id>). */
export function RuleLink({ ruleId, children = 'Why this rule?' }: { ruleId: SafetyRuleId; children?: string }) {
  return (
    <a class="rule-link" href={`/learn/rule/${ruleId}`}>
      {children}
    </a>
  );
}
