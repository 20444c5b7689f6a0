import { useEffect, useRef } from 'preact/hooks';

/** A ref whose element takes focus when it appears: a new step or a result, so keyboard and screen readers land there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
