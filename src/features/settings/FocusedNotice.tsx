import type { ComponentChildren } from 'preact';
import { Notice, type NoticeTone } from '../../ui/Notice';
import { useFocusOnMount } from './use-focus-on-mount';

/** A notice that takes focus when it appears, for the outcome of a step (saved, restored). */
export function FocusedNotice({ tone, children }: { tone?: NoticeTone; children: ComponentChildren }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div tabIndex={-1} ref={ref} class="focus-target">
      <Notice tone={tone}>{children}</Notice>
    </div>
  );
}
