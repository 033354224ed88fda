/** The pages forbid inline script and any other origin, and carry no inline script themselves. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

for (const page of ["index.html", "scenarios.html"]) {
  describe(page, () => {
    const html = readFileSync(join(ROOT, page), "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

    it("has a Content-Security-Policy that allows scripts, connections and everything else from its own origin only", () => {
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).toEqual(["'self'"]);
      expect(directives.get("connect-src")).toEqual(["'self'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      for (const [, values] of directives) for (const value of values) expect(value).not.toMatch(/^https?:|^\*$/);
    });

    it("has no inline script", () => {
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
        expect(tag).toMatch(/\bsrc="/);
        expect(tag.replace(/<script\b[^>]*>/, "").replace("</script>", "").trim()).toBe("");
      }
    });
  });
}
