import { crisisLinesInForce } from '../../state/crisis-lines';
import { CrisisList } from '../../ui/CrisisList';

/**
 * Shown the moment PHQ-9 item 9 is answered above zero, and again on the result: calm words and crisis lines,
 * one tap to call or text. Announced to screen readers when it appears.
 */
export function AttentionNotice() {
  const lines = crisisLinesInForce.value;
  return (
    <div class="notice notice--danger" role="alert" data-testid="attention-notice">
      <h2>You do not have to carry this alone</h2>
      <p>
        You said you have had thoughts of being better off dead or of hurting yourself. Please tell someone today: your
        care team, your sitter, or a crisis line. If you might act on these thoughts, call now.
      </p>
      <CrisisList lines={lines.resources} label={lines.label} headingLevel={3} />
    </div>
  );
}
