/**
 * Measures for the generator tests: degrees, clustering (Watts & Strogatz's mean local and the global
 * transitivity), the tail exponent by Clauset, Shalizi & Newman's (2009) discrete MLE, and a check
 * that a CSR graph is well formed. Checked on hand-made graphs in graphMeasures.test.ts.
 */
import { expect } from "vitest";
import type { Graph } from "../../../src/model/network/graph";

export const degreeAt = (g: Graph, i: number) => g.offsets[i + 1] - g.offsets[i];
export const meanDegree = (g: Graph) => g.neighbours.length / g.size;

/** Ties among each soldier's neighbours, by merging sorted rows. */
function linksAmongNeighbours(g: Graph, i: number): number {
  const { offsets: o, neighbours: nb } = g;
  let links = 0;
  for (let a = o[i]; a < o[i + 1]; a++) {
    const j = nb[a];
    let p = o[i];
    let q = o[j];
    while (p < o[i + 1] && q < o[j + 1]) {
      if (nb[p] < nb[q]) p++;
      else if (nb[p] > nb[q]) q++;
      else {
        links++;
        p++;
        q++;
      }
    }
  }
  return links / 2;
}

/** Global clustering (3 x triangles / connected triples) and the mean local clustering over soldiers of degree 2 or more. */
export function clustering(g: Graph): { global: number; meanLocal: number } {
  let closed = 0;
  let triples = 0;
  let localSum = 0;
  let counted = 0;
  for (let i = 0; i < g.size; i++) {
    const k = degreeAt(g, i);
    if (k < 2) continue;
    const links = linksAmongNeighbours(g, i);
    closed += links;
    triples += (k * (k - 1)) / 2;
    localSum += links / ((k * (k - 1)) / 2);
    counted++;
  }
  return { global: triples ? closed / triples : 0, meanLocal: counted ? localSum / counted : 0 };
}

/** Clauset et al. (2009), eq. 3.7: alpha = 1 + n / sum ln(k_i / (kmin - 1/2)) over the degrees k_i >= kmin. */
export function tailExponent(g: Graph, kmin: number): { alpha: number; tail: number } {
  let tail = 0;
  let sum = 0;
  for (let i = 0; i < g.size; i++) {
    const k = degreeAt(g, i);
    if (k >= kmin) {
      tail++;
      sum += Math.log(k / (kmin - 0.5));
    }
  }
  return { alpha: 1 + tail / sum, tail };
}

/** Share of soldiers with at least k ties. */
export function shareWithDegreeAtLeast(g: Graph, k: number): number {
  let count = 0;
  for (let i = 0; i < g.size; i++) if (degreeAt(g, i) >= k) count++;
  return count / g.size;
}

/** Symmetric, strictly increasing rows (so no repeats), no self-loops; binary search keeps it fast on hubs. */
export function expectWellFormed(g: Graph): void {
  const { offsets: o, neighbours: nb, size } = g;
  const has = (a: number, b: number) => {
    let low = o[a];
    let high = o[a + 1] - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (nb[mid] === b) return true;
      if (nb[mid] < b) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  };
  let problems = 0;
  for (let i = 0; i < size; i++) {
    for (let e = o[i]; e < o[i + 1]; e++) {
      const j = nb[e];
      if (j === i || j < 0 || j >= size || (e > o[i] && j <= nb[e - 1]) || !has(j, i)) problems++;
    }
  }
  expect(problems, "self-loops, repeats, unsorted rows or one-way ties").toBe(0);
}

export const sameGraph = (a: Graph, b: Graph) => a.size === b.size && a.offsets.every((v, i) => v === b.offsets[i]) && a.neighbours.length === b.neighbours.length && a.neighbours.every((v, i) => v === b.neighbours[i]);
