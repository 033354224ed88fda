/**
 * The scenario library page: the shipped scenarios as cards, filed under historical cases, classic
 * models and what-if questions (scenarioGroups.ts), each with a small curve of its run, the run's
 * verdict in words, the question it helps answer and a link into the lab; its description,
 * sources (and which number each supports), assumptions and historical targets fold out.
 * Everything from the files is set as text, never as HTML.
 */
import { SHIPPED } from "../shippedScenarios";
import { scenarioTargetTexts, type ScenarioFile } from "../../scenario/index";
import "../style.css";
import "./library.css";
import "../theme/dark.css";
import { mark } from "../testHooks";
import { groupedScenarios } from "./scenarioGroups";
import { thumbnailSvg } from "./thumbnailSvg";
import type { LibraryThumbnail } from "./libraryThumbnail";
import thumbnails from "./thumbnails.json";
import { dateOfDay, dateText } from "../words/dayText";

const THUMBNAILS = thumbnails as unknown as Record<string, LibraryThumbnail>;

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
  const heading = element("h3", file.name, "card-title");
  const open = element("a", "Open in the lab", "button");
  open.href = `./index.html?scenario=${encodeURIComponent(id)}`;
  open.setAttribute("aria-label", `Open ${file.name} in the lab`);
  card.append(heading);
  const p = file.parameters;
  const when = file.calendar ? `from ${dateText(dateOfDay(file.calendar.start, 0))}, ` : "";
  card.append(element("p", `${p.army.size.toLocaleString("en-US")} soldiers, ${when}${p.army.days.toLocaleString("en-US")} days`, "facts"));
  const thumbnail = THUMBNAILS[id];
  if (thumbnail) {
    card.append(thumbnailSvg(thumbnail.points, thumbnail.days, thumbnail.cutoff, `Defected share over the run: ${thumbnail.verdict}`));
    card.append(element("p", thumbnail.verdict, "card-verdict"));
  }
  if (file.question) {
    const question = element("p", undefined, "card-question");
    question.append(element("strong", "Question: "), document.createTextNode(file.question));
    card.append(question);
  }
  const more = element("details", undefined, "card-more");
  more.append(element("summary", `About, ${file.sources.length} sources, ${file.assumptions.length} assumptions${file.targets.length ? `, ${file.targets.length} ${file.targets.length === 1 ? "target" : "targets"}` : ""}`));
  more.append(element("p", file.description), element("p", `${id}.json, ${p.observation.scope} observation, seed ${p.seed}.`, "file-name"));
  more.append(
    list(
      "Sources",
      file.sources.map((s) => [s.title, s.author, s.year].filter((x) => x !== undefined && x !== "").join(", ") + (s.supports ? `: ${s.supports}` : "")),
    ),
  );
  if (file.calendar) more.append(element("p", `Day 0 is ${dateText(dateOfDay(file.calendar.start, 0))}: ${file.calendar.source}.`));
  more.append(list("Assumptions", file.assumptions));
  if (file.targets.length) more.append(list("What history recorded (calibration targets)", scenarioTargetTexts(file)));
  card.append(more, open);
  return card;
}

const root = document.getElementById("library")!;
const nav = element("nav", undefined, "library-index");
nav.setAttribute("aria-label", "Groups");
const groups = groupedScenarios(SHIPPED);
const index = element("ul");
for (const group of groups) {
  const item = element("li");
  const link = element("a", `${group.label} (${group.scenarios.length})`);
  link.href = `#group-${group.group}`;
  item.append(link);
  index.append(item);
}
nav.append(index);
root.append(nav);
for (const group of groups) {
  const section = element("section", undefined, "library-group");
  section.id = `group-${group.group}`;
  section.append(element("h2", group.label));
  const grid = element("div", undefined, "card-grid");
  grid.append(...group.scenarios.map(([id, file]) => scenarioCard(id, file)));
  section.append(grid);
  root.append(section);
}
mark("ready", "true");
