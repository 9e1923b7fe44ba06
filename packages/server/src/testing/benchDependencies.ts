// What bench/support/floorServer.ts borrows from the server: its HTTP stack and its driver, the
// same copies (the bench is no package of its own and has no dependencies).
export { createAdaptorServer } from "@hono/node-server";
export { Hono } from "hono";
export { default as postgres } from "postgres";
