/** The region of the browser's language setting (en-GB → GB), a first guess at where the person lives; never sent. */
export function browserRegion(): string | undefined {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(tag)?.[1];
    if (region) return region.toUpperCase();
  }
  return undefined;
}
