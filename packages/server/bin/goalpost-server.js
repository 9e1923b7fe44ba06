#!/usr/bin/env node
// Serves Goalpost's HTTP API on PGlite (embedded) or PostgreSQL: goalpost-server --help
import { main } from "../dist/cli.js";

await main(process.argv.slice(2));
