import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { Simulation, buildNetwork, buildPopulation, defectedShareBySubgroup, simulate, type NetworkSpec } from "../../src/model";

const folder = join(__dirname, "../../scenarios");
const files = readdirSync(folder).filter((f) => f.endsWith(".json"));

describe("shipped scenarios", () => {
  it("include the default asylum offer, Granovetter's pair and a Watts network", () => {
    expect(files).toEqual(expect.arrayContaining(["asylum-offer-deadline.json", "granovetter-uniform.json", "granovetter-perturbed.json", "watts-2002.json"]));
  });

  for (const file of files) {
    it(`${file} validates, names its sources and assumptions, and runs`, () => {
      const scenario = loadScenario(readFileSync(join(folder, file), "utf8"));
      expect(scenario.description.length).toBeGreaterThan(20);
      expect(scenario.sources.length).toBeGreaterThan(0);
      expect(scenario.assumptions.length).toBeGreaterThan(0);
      const run = simulate(toModelParams(scenario), scenario.parameters.seed);
      expect(run.series.army.length).toBe(scenario.parameters.army.days + 1);
      expect(Number.isFinite(run.summary.finalShare)).toBe(true);
    });
  }

  it("historical scenarios record what history recorded, as calibration targets", () => {
    for (const file of ["hessians-1776.json", "ukraine-hotline-2022.json", "gulf-war-1991.json", "chieu-hoi.json"]) {
      expect(loadScenario(readFileSync(join(folder, file), "utf8")).targets.length, file).toBeGreaterThan(0);
    }
  });

  it("Granovetter's pair reproduce the published outcomes: all 100 versus 1", () => {
    const run = (file: string) => simulate(toModelParams(loadScenario(readFileSync(join(folder, file), "utf8"))), 1).summary.finalDefected;
    expect(run("granovetter-uniform.json")).toBe(100);
    expect(run("granovetter-perturbed.json")).toBe(1);
  });

  it("the default pair shows what the deadline does: with procrastination and forgetting it pulls soldiers across, run by run, where the open-ended offer barely moves anyone", () => {
    const finals = (file: string) => {
      const params = toModelParams(loadScenario(readFileSync(join(folder, file), "utf8")));
      return Array.from({ length: 8 }, (_, k) => simulate(params, k + 1).summary);
    };
    const deadline = finals("asylum-offer-deadline.json");
    const openEnded = finals("asylum-offer-open-ended.json");
    deadline.forEach((run, k) => expect(run.finalShare).toBeGreaterThan(2 * openEnded[k].finalShare));
    expect([...deadline, ...openEnded].some((run) => run.cascade)).toBe(false);
  });

  it("Centola & Macy: two defected contacts needed; the clustered ring cascades, six random ties each or random triangles do not", () => {
    const finalShares = (file: string) => {
      const params = toModelParams(loadScenario(readFileSync(join(folder, file), "utf8")));
      return Array.from({ length: 10 }, (_, r) => simulate(params, 1 + r).summary.finalShare);
    };
    expect(finalShares("centola-macy-2007-clustered.json")).toEqual(Array(10).fill(1));
    for (const file of ["centola-macy-2007-random.json", "centola-macy-2007-triangles.json"]) {
      // The four seeds, and now and then a few soldiers where two seeds happen to share a comrade or a triangle.
      for (const share of finalShares(file)) expect(share, file).toBeLessThanOrEqual(10 / 2000);
    }
  });

  it("Centola & Macy with count thresholds of 2: the clustered ring cascades in every run, the random network of the same mean degree in none", () => {
    const finals = (file: string) => {
      const params = toModelParams(loadScenario(readFileSync(join(folder, file), "utf8")));
      expect(params.observation.countThreshold, file).toBe(2);
      return Array.from({ length: 10 }, (_, r) => simulate(params, 1 + r).summary);
    };
    for (const run of finals("centola-macy-2007-count-clustered.json")) expect(run.finalShare).toBe(1);
    for (const run of finals("centola-macy-2007-count-random.json")) {
      // The four seeds, now and then with a soldier who happens to be tied to two of them.
      expect(run.finalShare).toBeLessThanOrEqual(10 / 2000);
      expect(run.cascade).toBe(false);
    }
  });

  it("Lyall's divided army: the marginalised subgroup cascades to all its men, the core stays with its initial defectors", () => {
    const params = toModelParams(loadScenario(readFileSync(join(folder, "lyall-2020-divided-army.json"), "utf8")));
    for (let seed = 1; seed <= 5; seed++) {
      const sim = new Simulation(params, seed);
      const [core, marginalised] = defectedShareBySubgroup(params, sim.population, sim.result());
      expect(marginalised).toBe(1);
      expect(core).toBeLessThan(0.02);
    }
  });

  it("Lyall's divided army: heeded army-wide (homophily 0), the marginalised group's defection would tip the core; divided, it does not", () => {
    const params = toModelParams(loadScenario(readFileSync(join(folder, "lyall-2020-divided-army.json"), "utf8")));
    const group = buildPopulation(params, 1).subgroup;
    const marginalised = Array.from({ length: params.size }, (_, i) => i).filter((i) => group[i] === 1);
    const coreShare = (homophily: number) => {
      const seeded = { ...params, initialDefectors: { kind: "ids" as const, ids: marginalised }, observation: { ...params.observation, homophily } };
      const sim = new Simulation(seeded, 1);
      return defectedShareBySubgroup(seeded, sim.population, sim.result())[0];
    };
    expect(coreShare(0)).toBeGreaterThan(0.95);
    expect(coreShare(0.9)).toBeLessThan(0.01);
  });

  it("Centola & Macy: in the random networks even a soldier seeded with all his comrades sets off no one beyond them", () => {
    for (const file of ["centola-macy-2007-random.json", "centola-macy-2007-triangles.json"]) {
      const params = toModelParams(loadScenario(readFileSync(join(folder, file), "utf8")));
      for (const seed of [1, 2, 3]) {
        const graph = buildNetwork(params.network, params.size, params.unitSize, seed);
        const group = [0, ...graph.neighbours.subarray(graph.offsets[0], graph.offsets[1])];
        const run = simulate({ ...params, initialDefectors: { kind: "ids", ids: group } }, seed);
        expect(run.summary.finalDefected, file).toBeLessThanOrEqual(group.length + 3);
        expect(run.summary.cascade).toBe(false);
      }
    }
  });

  it("Watts on a scale-free network: at mean degree 4 fewer single seeds tip the army than on the Erdos-Renyi network", () => {
    const cascades = (file: string) => {
      const params = toModelParams(loadScenario(readFileSync(join(folder, file), "utf8")));
      let count = 0;
      for (let seed = 1; seed <= 40; seed++) if (simulate(params, seed).summary.cascade) count++;
      return count;
    };
    const erdosRenyi = cascades("watts-2002.json");
    const scaleFree = cascades("watts-2002-scale-free.json");
    expect(erdosRenyi).toBeGreaterThanOrEqual(28);
    expect(scaleFree).toBeLessThanOrEqual(16);
  });

  it("Watts on scale-free networks: heterogeneous degrees shift the window of mean degree up and shrink it (20 seeds a cell)", () => {
    const base = toModelParams(loadScenario(readFileSync(join(folder, "watts-2002-scale-free.json"), "utf8")));
    const cascades = (network: NetworkSpec) => {
      let count = 0;
      for (let seed = 1; seed <= 20; seed++) if (simulate({ ...base, network }, seed).summary.cascade) count++;
      return count;
    };
    const erdosRenyi = (meanDegree: number) => cascades({ kind: "erdos-renyi", meanDegree });
    const powerLaw = (meanDegree: number, exponent: number) => cascades({ kind: "scale-free", meanDegree, exponent, maxDegree: 100 });
    // Lower edge moves up: at mean degree 2 most single seeds tip an Erdos-Renyi army, hardly any with exponent 3.
    expect(erdosRenyi(2)).toBeGreaterThanOrEqual(12);
    expect(powerLaw(2, 3)).toBeLessThanOrEqual(3);
    // Upper edge moves up: at mean degree 7 the Erdos-Renyi army no longer tips, the exponent-3 one often does.
    expect(erdosRenyi(7)).toBeLessThanOrEqual(1);
    expect(powerLaw(7, 3)).toBeGreaterThanOrEqual(8);
    // The window shrinks to nothing with the heaviest tail: exponent 2.2 tips at no mean degree tried.
    for (const meanDegree of [2, 4, 6, 8]) expect(powerLaw(meanDegree, 2.2), `mean degree ${meanDegree}`).toBe(0);
  });

  const load = (file: string) => loadScenario(readFileSync(join(folder, file), "utf8"));

  it("Granovetter's normal example jumps at the critical spread: few below it, nearly all above it", () => {
    const base = toModelParams(load("granovetter-normal.json"));
    for (let seed = 1; seed <= 5; seed++) {
      const below = simulate({ ...base, thresholds: { kind: "normal", mean: 0.25, sd: 0.11 } }, seed).summary.finalShare;
      const above = simulate({ ...base, thresholds: { kind: "normal", mean: 0.25, sd: 0.135 } }, seed).summary.finalShare;
      expect(below).toBeLessThan(0.05);
      expect(above).toBeGreaterThan(0.95);
    }
  });

  it("Kuran's bandwagon scenario rests low without an offer and tips with one of attractiveness 0.02", () => {
    const file = load("kuran-bandwagon.json");
    const params = toModelParams(file);
    expect(simulate(params, file.parameters.seed).summary.finalShare).toBeLessThan(0.05);
    const pushed = { ...params, offer: { ...params.offer, attractiveness: 0.02 } };
    expect(simulate(pushed, file.parameters.seed).summary.finalShare).toBeGreaterThan(0.95);
  });

  it("Watts's window: one seed cascades at mean degree 4 but not at 1 or 8", () => {
    const cascades = (file: string) => simulate(toModelParams(load(file)), 1).summary.cascade;
    expect([cascades("watts-2002-sparse.json"), cascades("watts-2002.json"), cascades("watts-2002-dense.json")]).toEqual([false, true, false]);
  });
});
