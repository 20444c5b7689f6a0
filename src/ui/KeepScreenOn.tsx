import { Button } from './Button';

/** Props of KeepScreenOn. */
export interface KeepScreenOnProps {
  /** How keeping the screen on stands (see state/use-screen-on). */
  state: 'asking' | 'held' | 'lost' | 'unsupported';
  /** What stops while the phone is locked, in a sentence ("Sitter observations only appear…"). */
  stops: string;
  /** What to do instead, where the screen cannot be kept on ("set your own timer for every 15 minutes"). */
  instead: string;
  onRetry(): void;
}

/**
 * The plain truth about a locked screen: a phone freezes timers and sound while locked, so timed prompts need the
 * screen on. Offers "Keep the screen on" when the lock was lost (a tap is what lets the browser grant it again).
 */
export function KeepScreenOn({ state, stops, instead, onRetry }: KeepScreenOnProps) {
  return (
    <div class="keep-screen-on" data-testid="keep-screen-on">
      <p>
        {stops} {state === 'held' ? 'Stillpoint is keeping the screen on.' : `Keep the phone unlocked, or ${instead}.`}
      </p>
      {state === 'lost' ? (
        <Button variant="secondary" onClick={onRetry}>
          Keep the screen on
        </Button>
      ) : null}
    </div>
  );
}
