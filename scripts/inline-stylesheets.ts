// Build time: the stylesheets index.html links (the start stylesheet, all the first frame needs) go into the page as
// <style>, so the first paint waits for no request after the HTML. Stylesheets of later screens stay files. An
// inlined file leaves the build: nothing fetches it again (its place in every lazy import's preload list goes too),
// and the service worker does not precache it twice.
import type { Rolldown } from 'vite';
import { withoutPreload } from './preload-deps.ts';

/** index.html with its stylesheets inlined, and their text (the Help now page inlines the same). */
export interface InlinedStyles {
  html: string;
  styles: string[];
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g;

function textOf(asset: Rolldown.OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/** Inlines every stylesheet `html` links, taking each out of `bundle`; throws if one cannot be inlined safely. */
export function inlineStylesheets(html: string, bundle: Rolldown.OutputBundle): InlinedStyles {
  const styles: string[] = [];
  const inlined = html.replace(STYLESHEET_LINK, (_, file: string) => {
    const asset = bundle[file];
    if (asset?.type !== 'asset') throw new Error(`inline styles: ${file} is not in the bundle`);
    const css = textOf(asset);
    if (/<\/style/i.test(css)) throw new Error(`inline styles: ${file} holds "</style", which would end the element`);
    styles.push(css);
    delete bundle[file];
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk') output.code = withoutPreload(output.code, file);
      if (output.type === 'chunk' && output.code.includes(file))
        throw new Error(`inline styles: ${output.fileName} still names ${file}, which is no longer a file`);
    }
    return `<style>${css}</style>`;
  });
  return { html: inlined, styles };
}
