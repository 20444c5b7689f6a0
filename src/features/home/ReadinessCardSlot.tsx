import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstScreen } from '../../ui/after-first-screen';

/**
 * Where the safety card goes on the home screen. The card (and the safety rules and pack it reads) loads once the
 * home screen is usable, so it never weighs on the first screen.
 */
export function ReadinessCardSlot() {
  const [Card, setCard] = useState<ComponentType | undefined>();
  useEffect(
    () =>
      afterFirstScreen(() => {
        import('./ReadinessCard')
          .then((m) => setCard(() => m.ReadinessCard))
          .catch(() => {
            // Offline before the chunk was cached: the home screen works without this card.
          });
      }),
    [],
  );
  return Card ? <Card /> : null;
}
