// A test-only build (size-budget.spec.ts): the real config, plus something heavy imported into the home screen, to
// show the size check fails when the home screen needs more than its budget.
import { mergeConfig, type Plugin } from 'vite';
import config from '../../vite.config.ts';

/** Adds the whole of classic zod (about 24 KiB gzip) to the home screen, kept alive so it cannot be tree-shaken. */
function heavyHomeScreen(): Plugin {
  return {
    name: 'test-heavy-home-screen',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('src/features/home/HomeScreen.tsx')) return null;
      return `import * as heavy from 'zod';\n(globalThis as Record<string, unknown>).__heavy = heavy;\n${code}`;
    },
  };
}

export default mergeConfig(config, { plugins: [heavyHomeScreen()] });
