/** `exemple.org` → `https://exemple.org`, `amel@exemple.org` → `mailto:…`; the rest as typed. */
export function completeHref(raw: string): string {
  const href = raw.trim();
  if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(href)) return `mailto:${href}`;
  return `https://${href}`;
}
