import { useEffect } from 'preact/hooks';

/**
 * Marks a first screen usable once it shows its first data: `<body data-usable="NAME">`. The benchmark and the size
 * check stop counting downloads there; tests wait for it instead of guessing.
 */
export function useUsableMark(name: string, ready = true): void {
  useEffect(() => {
    if (!ready) return;
    document.body.dataset.usable = name;
    return () => {
      if (document.body.dataset.usable === name) delete document.body.dataset.usable;
    };
  }, [name, ready]);
}
