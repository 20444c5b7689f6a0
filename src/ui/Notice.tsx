import type { ComponentChildren } from 'preact';

/** How loud a notice is. */
export type NoticeTone = 'info' | 'caution' | 'danger';

/** A boxed message. Caution and danger notices are announced to screen readers. */
export function Notice({ tone = 'info', children }: { tone?: NoticeTone; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      {children}
    </div>
  );
}
