// Rewrites the parameter table in README.md from the registry (src/scenario/parameters.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { withParameterTable } from "../src/scenario/parameterTable";

const path = new URL("../README.md", import.meta.url);
writeFileSync(path, withParameterTable(readFileSync(path, "utf8")));
console.log("README.md parameter table updated");
