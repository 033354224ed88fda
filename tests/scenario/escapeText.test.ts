import { describe, expect, it } from "vitest";
import { escapeText, excerpt } from "../../src/scenario/escapeText";

describe("escapeText", () => {
  it("writes control characters as \\x.. and invisible reordering characters as \\u....", () => {
    expect(escapeText("a\u001b]8;;http://x\u0007b\r\n")).toBe("a\\x1b]8;;http://x\\x07b\\x0d\\x0a");
    expect(escapeText("\u202eevil\u0085")).toBe("\\u202eevil\\x85");
    expect(escapeText("Gefreiter Müller, 10% «ok»")).toBe("Gefreiter Müller, 10% «ok»");
  });

  it("an excerpt is quoted, cut at its length and escaped once", () => {
    expect(excerpt("a".repeat(50), 10)).toBe(`"${"a".repeat(10)}..."`);
    expect(excerpt("\u001b[2J")).toBe('"\\x1b[2J"');
    expect(excerpt('say "hi"')).toBe('"say \\"hi\\""');
  });
});
