import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, notKeptNotice, uploadRefusal } from "../../src/ui/uploadLimit";
import { SAVED_LAB_KEY, saveLab } from "../../src/ui/state/savedState";
import { memoryStorage } from "./memoryStorage";

describe("the page's uploads and storage", () => {
  it("refuses a file over 64 MB by its size, saying what to use instead", () => {
    expect(uploadRefusal("a.json", MAX_UPLOAD_BYTES)).toBeNull();
    expect(uploadRefusal("big.json", 55 * 1024 * 1024)).toBeNull();
    expect(uploadRefusal("huge.json", 180 * 1024 * 1024)).toBe("huge.json is 180 MB, above the page's limit of 64 MB, so it was not read (nothing was changed); run it with the command line (defection run or defection compare).");
  });

  it("a state too large for storage is not kept, and the older entry goes too (a reload shows the default)", () => {
    const small = memoryStorage(1000);
    expect(saveLab(small, { search: "?scenario=a", comparison: null })).toBe(true);
    expect(small.getItem(SAVED_LAB_KEY)).toContain("?scenario=a");
    expect(saveLab(small, { search: `?file=${"x".repeat(5000)}`, comparison: null })).toBe(false);
    expect(small.getItem(SAVED_LAB_KEY)).toBeNull();
    expect(saveLab(null, { search: "", comparison: null })).toBe(false);
    expect(notKeptNotice("army.json")).toMatch(/^army\.json is not kept in this browser .* after a reload the page shows the default scenario/);
  });
});
