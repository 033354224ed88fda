import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { sha256Hex } from "../../src/output/sha256Hex";

describe("sha256Hex", () => {
  test("gives the FIPS 180-4 digests of 'abc' and of the empty text", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  test("agrees with node:crypto at every length around the block boundaries and on non-ASCII text", () => {
    const texts = Array.from({ length: 200 }, (_, n) => "x".repeat(n));
    texts.push("défection — 逃兵 🎖️", JSON.stringify({ a: [1, 2, 3], b: "c" }).repeat(500));
    for (const text of texts) expect(sha256Hex(text), `length ${text.length}`).toBe(createHash("sha256").update(text).digest("hex"));
  });
});
