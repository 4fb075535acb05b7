/** Text for XML or HTML, in an element or a double-quoted attribute: `& < > "` escaped. */
export const escapeMarkup = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
