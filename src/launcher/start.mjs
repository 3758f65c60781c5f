#!/usr/bin/env node
// `npm start`: the demo store (see store.mjs).
import { launchStore } from "./store.mjs"

await launchStore({ mode: "start" })
