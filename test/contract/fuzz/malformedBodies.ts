import fc from "fast-check";
import { type Json, type JsonPath, jsonAt, jsonPaths, jsonType, jsonUpdate } from "./jsonTree.ts";

/** A request body the deployment must refuse, and how it was made. */
export interface MalformedBody {
  /** `random`, `removed`, `retyped`, `unknown-field`, `nesting`, `huge-string` or `invalid-json`. */
  kind: string;
  /** The body text as sent. */
  text: string;
  /** Whether `text` is not JSON at all (the answer must then be 400). */
  invalidJson: boolean;
}

const anyJson = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

/**
 * Bodies derived from one valid body that the endpoint's contract refuses: random JSON values,
 * the valid body with a field removed, retyped, added or wrongly nested, strings far over any
 * limit, and text that is not JSON. `isValid` is the endpoint's own check (its contract schema):
 * only bodies it rejects are generated, so that none can legitimately change data.
 */
export function malformedBodies(
  valid: Json,
  isValid: (body: unknown) => boolean,
): fc.Arbitrary<MalformedBody> {
  const paths = jsonPaths(valid);
  const inner = paths.filter((path) => path.length > 0);
  const objects = paths.filter((path) => {
    const node = jsonAt(valid, path);
    return isContainer(node) && !Array.isArray(node);
  });
  const hoistable = objects.filter((path) => {
    const parent = jsonAt(valid, path.slice(0, -1));
    return path.length > 0 && isContainer(parent) && !Array.isArray(parent);
  });
  const validText = JSON.stringify(valid);
  const nesting: fc.Arbitrary<Json | undefined>[] = [
    fc.constantFrom(...paths).map((path) => jsonUpdate(valid, path, (node) => [node])),
    fc.constantFrom(...paths).map((path) => jsonUpdate(valid, path, (node) => ({ value: node }))),
  ];
  if (hoistable.length > 0)
    nesting.push(fc.constantFrom(...hoistable).map((path) => hoist(valid, path)));

  const structured: fc.Arbitrary<{ kind: string; body: Json | undefined }> = fc.oneof(
    { weight: 2, arbitrary: anyJson.map((body) => ({ kind: "random", body })) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...inner).map((path) => ({
        kind: "removed",
        body: jsonUpdate(valid, path, () => undefined),
      })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...paths), anyJson).map(([path, other]) => ({
        kind: "retyped",
        body: jsonUpdate(valid, path, (node) =>
          jsonType(other) === jsonType(node) ? [other] : other,
        ),
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...objects), fc.string({ minLength: 1, maxLength: 20 }), anyJson)
        .map(([path, key, extra]) => ({
          kind: "unknown-field",
          body: jsonUpdate(valid, path, (node) => addField(node, key, extra)),
        })),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(...nesting).map((body) => ({ kind: "nesting", body })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...inner),
          fc.constantFrom("x", "é", "😀", "\u0000", '"'),
          fc.oneof(
            fc.integer({ min: 2_001, max: 12_000 }),
            fc.integer({ min: 70_000, max: 200_000 }),
          ),
        )
        .map(([path, char, length]) => ({
          kind: "huge-string",
          body: jsonUpdate(valid, path, () => char.repeat(length)),
        })),
    },
  );

  const asBodies = structured
    .map(({ kind, body }) => ({ kind, text: body === undefined ? "" : JSON.stringify(body) }))
    .filter(({ text }) => text !== "" && !isValid(JSON.parse(text)))
    .map(({ kind, text }) => ({ kind, text, invalidJson: false }));

  const notJson = fc
    .tuple(fc.nat({ max: validText.length }), fc.constantFrom(...corruptions), fc.string())
    .map(([at, corrupt, noise]) => corrupt(validText, at, noise))
    .filter((text) => !parses(text))
    .map((text) => ({ kind: "invalid-json", text, invalidJson: true }));

  return fc.oneof({ weight: 6, arbitrary: asBodies }, { weight: 1, arbitrary: notJson });
}

/** Ways to turn valid JSON text into text that (usually) is not JSON. */
const corruptions: ((text: string, at: number, noise: string) => string)[] = [
  (text, at) => text.slice(0, Math.max(1, at)),
  (text, at, noise) => `${text.slice(0, at)}${noise}{${text.slice(at)}`,
  (text) => text.replaceAll('"', "'"),
  (text) => `${text.slice(0, -1)},}`,
  (text) => `${text}${text}`,
  (text, _at, noise) => `${noise}${text}`.replace(/^\s*[[{"\d-]/, "<"),
  (text) => text.replace(/:\s*(-?\d+(\.\d+)?)/, ": NaN"),
  (text) => text.replace(/"([^"]+)":/, "$1:"),
];

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isContainer(node: Json | undefined): node is Json[] | { [key: string]: Json } {
  return node !== null && typeof node === "object";
}

function addField(node: Json, key: string, extra: Json): Json {
  if (!isContainer(node) || Array.isArray(node) || key in node) return node;
  return { ...node, [key]: extra };
}

/** Moves the fields of the object at `path` up into its parent object, dropping the key. */
function hoist(valid: Json, path: JsonPath): Json | undefined {
  const node = jsonAt(valid, path);
  if (!isContainer(node) || Array.isArray(node)) return valid;
  const removed = jsonUpdate(valid, path, () => undefined);
  if (removed === undefined) return undefined;
  return jsonUpdate(removed, path.slice(0, -1), (parent) =>
    isContainer(parent) && !Array.isArray(parent) ? { ...parent, ...node } : parent,
  );
}
