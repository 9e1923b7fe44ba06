/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** Every path in `value`, the root (`[]`) first. */
export function jsonPaths(value: Json, at: JsonPath = []): JsonPath[] {
  const paths = [at];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths.push(...jsonPaths(item, [...at, i]));
    });
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) paths.push(...jsonPaths(item, [...at, key]));
  }
  return paths;
}

/** The value at `path`, or `undefined`. */
export function jsonAt(value: Json, path: JsonPath): Json | undefined {
  let node: Json | undefined = value;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node) ? node[Number(step)] : node[String(step)];
  }
  return node;
}

/**
 * A copy of `value` with the node at `path` replaced by `replace(node)`; returning `undefined`
 * removes it (from an object) or drops the element (from an array).
 */
export function jsonUpdate(
  value: Json,
  path: JsonPath,
  replace: (node: Json) => Json | undefined,
): Json | undefined {
  const [step, ...rest] = path;
  if (step === undefined) return replace(value);
  if (Array.isArray(value)) {
    const index = Number(step);
    const item = value[index];
    if (item === undefined) return value;
    const updated = jsonUpdate(item, rest, replace);
    const copy = [...value];
    if (updated === undefined) copy.splice(index, 1);
    else copy[index] = updated;
    return copy;
  }
  if (value === null || typeof value !== "object") return value;
  const item = value[String(step)];
  if (item === undefined) return value;
  const updated = jsonUpdate(item, rest, replace);
  const copy = { ...value };
  if (updated === undefined) delete copy[String(step)];
  else copy[String(step)] = updated;
  return copy;
}

/** The JSON type of a value: `null`, `array`, `object`, `string`, `number` or `boolean`. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}
