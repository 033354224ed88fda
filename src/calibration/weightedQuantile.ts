/**
 * The p-quantile of values with weights: each value stands at the middle of its share of the
 * cumulative weight, and p falls between two of them linearly (with equal weights this is the
 * Hazen quantile). NaN when there are no values or no weight.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).filter((i) => weights[i] > 0).sort((a, b) => values[a] - values[b]);
  const total = order.reduce((s, i) => s + weights[i], 0);
  if (!order.length || !(total > 0)) return NaN;
  let cumulative = 0;
  let previous = { at: -Infinity, value: values[order[0]] };
  for (const i of order) {
    const at = (cumulative + weights[i] / 2) / total;
    cumulative += weights[i];
    if (p <= at) return previous.at === -Infinity ? values[i] : previous.value + ((p - previous.at) / (at - previous.at)) * (values[i] - previous.value);
    previous = { at, value: values[i] };
  }
  return previous.value;
}
