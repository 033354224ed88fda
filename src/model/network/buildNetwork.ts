import type { NetworkSpec } from "../params";
import { sequentialStream } from "../random";
import { EdgeList, graphFromEdges, type Graph } from "./graph";
import { erdosRenyiEdges } from "./erdosRenyi";
import { smallWorldEdges } from "./smallWorld";
import { unitTiesEdges } from "./unitTies";
import { powerLawDegrees } from "./powerLawDegrees";
import { configurationModelEdges } from "./configurationModel";
import { preferentialAttachmentEdges } from "./preferentialAttachment";
import { clusteredRandomEdges } from "./clusteredRandom";
import { counterUniforms } from "./counterUniforms";
import { regularRingEdges } from "./regularRing";

/** The observation graph over every soldier slot (mobilised soldiers included), from the "network" stream. */
export function buildNetwork(spec: NetworkSpec, size: number, unitSize: number, seed: number): Graph {
  const random = sequentialStream(seed, "network");
  switch (spec.kind) {
    case "erdos-renyi":
      return graphFromEdges(size, erdosRenyiEdges(size, spec.meanDegree, random));
    case "small-world":
      return graphFromEdges(size, smallWorldEdges(size, spec.degree, spec.rewire, random));
    case "units":
      return graphFromEdges(size, unitTiesEdges(size, unitSize, spec.tiesPerUnit, random));
    // The newer generators draw millions of uniforms: from a counter-based generator keyed by the stream.
    case "scale-free": {
      const fast = counterUniforms(random);
      return graphFromEdges(size, configurationModelEdges(powerLawDegrees(size, spec.meanDegree, spec.exponent, spec.maxDegree, fast), fast));
    }
    case "regular-ring":
      return graphFromEdges(size, regularRingEdges(size, spec.degree, spec.rewire, counterUniforms(random)));
    case "preferential-attachment":
      return graphFromEdges(size, preferentialAttachmentEdges(size, spec.tiesPerSoldier, counterUniforms(random)));
    case "clustered":
      return graphFromEdges(size, clusteredRandomEdges(size, spec.meanDegree, spec.clustering, counterUniforms(random)));
    case "edges": {
      const edges = new EdgeList();
      for (let e = 0; e + 1 < spec.edges.length; e += 2) edges.add(spec.edges[e], spec.edges[e + 1]);
      return graphFromEdges(size, edges);
    }
  }
}
