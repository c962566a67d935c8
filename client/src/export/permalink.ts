/**
 * Permalinks carry the data version (`v=`, the first 12 hex digits of graphStats.seedVersion), so that a link made
 * before the data changed says so instead of silently showing a different view.
 */

/** How many characters of the seed version a link keeps. */
export const VERSION_LENGTH = 12;

export function shortVersion(version: string): string {
  return version.slice(0, VERSION_LENGTH);
}

/** The data version a link names, or null. */
export function linkVersion(search: string): string | null {
  const raw = new URLSearchParams(search).get('v');
  const v = raw?.trim();
  return v ? v : null;
}

/** The link to share: the current address with `v` set to the current data version (when known). */
export function permalink(href: string, version: string | null | undefined): string {
  if (!version) return href;
  const url = new URL(href);
  const query = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !p.startsWith('v='));
  query.push(`v=${encodeURIComponent(shortVersion(version))}`);
  url.search = `?${query.join('&')}`;
  return url.toString();
}

export interface VersionMismatch {
  readonly link: string;
  readonly current: string;
}

/**
 * The versions to name when a link was made with other data than the current; null when they agree or either is
 * unknown. A shortened version matches the full one it starts (case-insensitively).
 */
export function versionMismatch(
  link: string | null | undefined,
  current: string | null | undefined,
): VersionMismatch | null {
  if (!link || !current) return null;
  const a = link.toLowerCase();
  const b = current.toLowerCase();
  if (a.startsWith(b) || b.startsWith(a)) return null;
  return { link: shortVersion(link), current: shortVersion(current) };
}
