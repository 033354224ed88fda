export type * from "./params";
export * from "./result";
export { Simulation, simulate } from "./simulation";
export { summarize } from "./summary";
export { bandwagon, type Bandwagon, type Equilibrium } from "./bandwagon";
export { foundationParams } from "./defaults";
export { buildNetwork } from "./network/buildNetwork";
export type { Graph } from "./network/graph";
export { buildPopulation, capacityOf } from "./population";
