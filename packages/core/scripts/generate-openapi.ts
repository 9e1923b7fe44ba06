/**
 * Generates docs/openapi.json from the contract's zod schemas.
 * `--check` fails (exit 1) when the committed document is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import * as contract from "../src/contract/index.ts";
import { endpointDocs } from "./endpointDocs.ts";

const target = fileURLToPath(new URL("../../../docs/openapi.json", import.meta.url));

// Every exported schema becomes a named component, so references read like the domain.
const registry = z.registry<{ id: string }>();
const names = new Map<unknown, string>();
for (const [name, value] of Object.entries(contract)) {
  if (value instanceof z.core.$ZodType && !names.has(value)) {
    registry.add(value, { id: name });
    names.set(value, name);
  }
}
const components = z.toJSONSchema(registry, {
  target: "draft-2020-12",
  unrepresentable: "any",
  uri: (id) => `#/components/schemas/${id}`,
}).schemas;
for (const schema of Object.values(components)) {
  delete schema.$id;
  delete schema.$schema;
}

const ref = (schema: unknown) => ({ $ref: `#/components/schemas/${names.get(schema)}` });
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref(contract.ErrorBody) } },
});
const statusText: Record<number, string> = {
  400: "Malformed request (bad JSON, bad query)",
  401: "Missing, invalid or expired credentials",
  403: "Not yours (another account or role), or a console token where it may not go",
  404: "Not found",
  409: "Conflict with the current state",
  413: "Body too large",
  422: "Fails validation; `issues` names each field",
  429: "Too many requests",
};

const paths: Record<string, Record<string, unknown>> = {};
for (const [operationId, endpoint] of Object.entries(contract.endpoints) as [
  string,
  contract.Endpoint,
][]) {
  const openApiPath = endpoint.path.replace(/:(\w+)/g, "{$1}");
  const parameters: unknown[] = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => ({
    name: match[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  if (endpoint.query) {
    const query = z.toJSONSchema(endpoint.query, { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name,
        in: "query",
        required: query.required?.includes(name) ?? false,
        schema,
      });
    }
  }
  const responses: Record<string, unknown> = {
    [endpoint.status]: {
      description: endpoint.status === 201 ? "Created" : "OK",
      content: { "application/json": { schema: ref(endpoint.response) } },
    },
  };
  if (endpoint.status === 201 && endpoint.idempotent) {
    responses[200] = {
      description: "Idempotent replay: the stored resource",
      content: { "application/json": { schema: ref(endpoint.response) } },
    };
  }
  const docs = endpointDocs[operationId as keyof typeof endpointDocs];
  // Admin and console calls answer 403 to a console token that may not make them.
  const forbidden = endpoint.auth === "user" ? [] : [403];
  for (const status of [...new Set([...docs.errors, ...forbidden, 401, 429])].sort()) {
    responses[status] = errorResponse(statusText[status] ?? "Error");
  }
  paths[openApiPath] ??= {};
  (paths[openApiPath] as Record<string, unknown>)[endpoint.method.toLowerCase()] = {
    operationId,
    summary: docs.summary,
    security:
      endpoint.auth === "user"
        ? [{ userToken: [] }]
        : endpoint.auth === "console"
          ? [{ adminKey: [] }, { consoleToken: [] }]
          : [{ adminKey: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref(endpoint.body) } },
          },
        }
      : {}),
    responses,
  };
}

const document = {
  openapi: "3.1.0",
  info: {
    title: "Goalpost HTTP contract",
    version: "1.0.0",
    description:
      "Generated from packages/core/src/contract by packages/core/scripts/generate-openapi.ts; do not edit.",
  },
  paths,
  components: {
    securitySchemes: {
      userToken: {
        type: "http",
        scheme: "bearer",
        bearerFormat: "JWT (HS256; claims sub, acc, role, exp, name?)",
      },
      adminKey: { type: "http", scheme: "bearer", description: "The deployment's admin key" },
      consoleToken: {
        type: "http",
        scheme: "bearer",
        bearerFormat: 'JWT (HS256 with the admin key; claims sub, name, exp, scope: "console")',
        description: "Reads only: a staff member's console token, at most 12 hours",
      },
    },
    schemas: components,
  },
};
const text = `${JSON.stringify(document, null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error("docs/openapi.json is stale: run `pnpm contract:generate` and commit it.");
    process.exit(1);
  }
  console.log("docs/openapi.json is up to date.");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
