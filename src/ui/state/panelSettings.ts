/**
 * What the user typed or chose in a panel's form (the sweep, the tipping point, calibration, the sensitivity analysis), kept
 * as the fields' text by field name, so that a reload brings the form back as it was, valid or
 * not; the panel validates when it runs, as before. In the address it is one parameter per panel,
 * the base64url of its JSON. Decoding is a boundary: an object of at most MAX_FIELDS short field
 * names with text values, nothing else.
 */
import { describeValue, parseJson } from "../../scenario/index";
import { decodeBase64url, encodeBase64url } from "./base64url";

export type PanelSettings = Readonly<Record<string, string>>;

export const NO_SETTINGS: PanelSettings = Object.freeze({});

/** The panels whose settings are kept, with their parameter in the address. */
export const PANEL_PARAMS = { sweep: "sweep", tipping: "tipping", calibration: "calibrate", sensitivity: "levers" } as const;
export type Panel = keyof typeof PANEL_PARAMS;

const MAX_FIELDS = 40;
const MAX_TEXT = 2000;
const FIELD_NAME = /^[\w-]{1,40}$/;

export function encodePanelSettings(settings: PanelSettings): string {
  return encodeBase64url(JSON.stringify(settings));
}

/** The settings in `encoded`, or the problems with it (each naming the address parameter `param`). */
export function decodePanelSettings(encoded: string, param: string): { settings: PanelSettings } | { problems: string[] } {
  let value: unknown;
  try {
    value = parseJson(decodeBase64url(encoded), param);
  } catch (error) {
    return { problems: [`${param}: not a panel's settings (${(error as Error).message})`] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { problems: [`${param}: expected an object, got ${describeValue(value)}`] };
  const entries = Object.entries(value);
  const problems: string[] = [];
  if (entries.length > MAX_FIELDS) problems.push(`${param}: ${entries.length} fields, at most ${MAX_FIELDS}`);
  for (const [key, text] of entries) {
    if (!FIELD_NAME.test(key)) problems.push(`${param}: ${describeValue(key)} is not a field name`);
    else if (typeof text !== "string" || text.length > MAX_TEXT) problems.push(`${param}.${key}: expected text of at most ${MAX_TEXT} characters, got ${describeValue(text)}`);
  }
  return problems.length ? { problems } : { settings: Object.freeze(Object.fromEntries(entries) as Record<string, string>) };
}

export function sameSettings(a: PanelSettings, b: PanelSettings): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
