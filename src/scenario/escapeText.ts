/**
 * User text shown in a message or on a terminal: control characters (ESC, BEL, carriage return,
 * the C1 range, bidirectional overrides...) are written as \xNN or \uNNNN, so a scenario name or a
 * line of a file cannot move the cursor, recolour the terminal or hide what follows.
 */
// C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** At most `max` characters of `text`, escaped, for naming a bad value without echoing a file. */
export function excerpt(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text;
  return JSON.stringify(escapeText(cut)).replace(/\\\\(x[0-9a-f]{2}|u[0-9a-f]{4})/g, "\\$1");
}
