/** Fisher-Yates: shuffles `values[0 .. length)` in place with the given uniform generator. */
export function shuffleInPlace(values: Int32Array, length: number, random: () => number): void {
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
}
