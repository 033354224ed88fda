/** The neighbouring doubles of a finite x, for tests at a rule's exact boundaries. */
const view = new DataView(new ArrayBuffer(8));

function step(x: number, up: boolean): number {
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 === up ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

export const nextUp = (x: number) => step(x, true);
export const nextDown = (x: number) => step(x, false);
