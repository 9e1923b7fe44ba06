#!/usr/bin/env node
// Serves the Goalpost HTTP contract from the mock backend: goalpost-mock --port <n>
import { main } from "../dist/cli.js";

await main(process.argv.slice(2));
