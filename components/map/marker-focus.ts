// The marker that opened a centre's panel gets keyboard focus back when the panel closes, on
// whichever map is shown then: the drawn map is the page's own, so the one that opened the panel
// may be gone (decision 009). A few lines with no MapLibre in them.
let opener: string | null = null;

/** A marker opened its centre. */
export function rememberOpener(slug: string): void {
  opener = slug;
}

/** On the overview: the marker to focus, once (null when the panel was not opened from a marker). */
export function takeOpener(): string | null {
  const slug = opener;
  opener = null;
  return slug;
}
