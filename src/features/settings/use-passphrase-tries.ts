import { useState } from 'preact/hooks';
import type { PassphraseResult } from '../../state/app-lock';
import { useCountdown } from '../../ui/use-countdown';

/** What a form that asks for the lock's passphrase shows after a try: wrong, a wait, or nothing. */
export interface PassphraseTries {
  /** Wrong tries in a row, so the message is announced again after each (0: no message). */
  wrong: number;
  waitUntil: number | null;
  waitLeft: number;
  /** Records an answer from the engine; true when it was ok. */
  record(result: PassphraseResult): boolean;
  /** Forgets the message (the person is typing again). */
  clear(): void;
}

/** The words for a wrong passphrase, the same wherever the lock asks for one. */
export const WRONG_PASSPHRASE = 'That passphrase is not right. Nothing was changed.';

/** Keeps the last passphrase answer and counts down any wait the engine asks for. */
export function usePassphraseTries(): PassphraseTries {
  const [wrong, setWrong] = useState(0);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const waitLeft = useCountdown(waitUntil);
  return {
    wrong,
    waitUntil,
    waitLeft,
    record(result) {
      if (result.ok) {
        setWrong(0);
        setWaitUntil(null);
        return true;
      }
      setWrong(result.reason === 'wrong' ? wrong + 1 : 0);
      setWaitUntil(result.retryInMs > 0 ? Date.now() + result.retryInMs : null);
      return false;
    },
    clear() {
      setWrong(0);
    },
  };
}
