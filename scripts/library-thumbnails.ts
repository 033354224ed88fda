// Rewrites src/ui/library/thumbnails.json: each shipped scenario's run (its own seed) as the
// library card's curve and verdict. tests/ui/library/libraryThumbnail.test.ts checks it is current.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { loadScenario } from "../src/scenario/index";
import { libraryThumbnail } from "../src/ui/library/libraryThumbnail";

const dir = new URL("../scenarios/", import.meta.url);
const out: Record<string, unknown> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  out[file.replace(/\.json$/, "")] = libraryThumbnail(loadScenario(readFileSync(new URL(file, dir), "utf8")));
}
writeFileSync(new URL("../src/ui/library/thumbnails.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`src/ui/library/thumbnails.json: ${Object.keys(out).length} scenarios`);
