/**
 * The scenario library page: each shipped scenario with its description, question, sources (and
 * which number each supports), assumptions and historical targets, and a link that opens it in the
 * lab. Everything from the files is set as text, never as HTML.
 */
import { SHIPPED } from "../shippedScenarios";
import { scenarioTargetTexts, type ScenarioFile } from "../../scenario/index";
import "../style.css";
import "./library.css";
import { mark } from "../testHooks";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(title: string, items: string[]): HTMLElement {
  const section = element("section");
  section.append(element("h3", title));
  const ul = element("ul");
  for (const item of items) ul.append(element("li", item));
  section.append(ul);
  return section;
}

function scenarioCard(id: string, file: ScenarioFile): HTMLElement {
  const card = element("article", undefined, "scenario-card");
  card.id = id;
  const heading = element("h2", file.name);
  const open = element("a", "Open in the lab", "button");
  open.href = `./index.html?scenario=${encodeURIComponent(id)}`;
  card.append(heading, element("p", `${id}.json`, "file-name"), element("p", file.description));
  if (file.question) {
    const question = element("p");
    question.append(element("strong", "Question: "), document.createTextNode(file.question));
    card.append(question);
  }
  const p = file.parameters;
  card.append(element("p", `${p.army.size.toLocaleString("en-US")} soldiers, ${p.army.days.toLocaleString("en-US")} days, ${p.observation.scope} observation, seed ${p.seed}.`, "facts"));
  card.append(
    list(
      "Sources",
      file.sources.map((s) => [s.title, s.author, s.year].filter((x) => x !== undefined && x !== "").join(", ") + (s.supports ? `: ${s.supports}` : "")),
    ),
  );
  card.append(list("Assumptions", file.assumptions));
  if (file.robustness) card.append(list("How robust", [`${file.robustness.conclusion} ${file.robustness.holds}`, `Measured: ${file.robustness.measured}`]));
  if (file.targets.length) card.append(list("What history recorded (calibration targets)", scenarioTargetTexts(file)));
  card.append(open);
  return card;
}

const root = document.getElementById("library")!;
const nav = element("nav", undefined, "library-index");
const index = element("ul");
for (const [id, file] of SHIPPED) {
  const item = element("li");
  const link = element("a", file.name);
  link.href = `#${id}`;
  item.append(link);
  index.append(item);
}
nav.append(element("h2", "Scenarios"), index);
root.append(nav, ...[...SHIPPED].map(([id, file]) => scenarioCard(id, file)));
mark("ready", "true");
