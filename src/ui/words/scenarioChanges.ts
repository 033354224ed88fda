/**
 * What differs between two scenarios' parameters, setting by setting (dotted paths as --set takes
 * them, window and event indices included), in a stable order. Lists of numbers (thresholds or
 * ties from files) are compared whole and reported under their path. Used to say what a variant
 * changed from the baseline.
 */
export interface SettingChange {
  path: string;
  from: unknown;
  to: unknown;
}

export function scenarioChanges(from: { parameters: object }, to: { parameters: object }): SettingChange[] {
  const changes: SettingChange[] = [];
  walk(from.parameters, to.parameters, "", changes);
  return changes;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isNumberList = (value: unknown) => Array.isArray(value) && value.every((x) => typeof x === "number");

function walk(a: unknown, b: unknown, path: string, out: SettingChange[]): void {
  if (isObject(a) && isObject(b)) {
    // A different kind (network type, threshold distribution) is one change, not one per field.
    for (const kind of ["type", "distribution"]) {
      if (kind in a && a[kind] !== b[kind]) {
        out.push({ path: join(path, kind), from: a[kind], to: b[kind] });
        return;
      }
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) walk(a[key], b[key], join(path, key), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && !isNumberList(a) && a.length === b.length) {
    a.forEach((item, k) => walk(item, b[k], join(path, String(k)), out));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, from: a, to: b });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
