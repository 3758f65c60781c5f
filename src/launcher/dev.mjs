#!/usr/bin/env node
// `npm run dev`: the demo store plus rebuild-on-change. The host loads each plugin's BUILT output,
// so a change under plugins/<name>/src rebuilds that plugin and restarts the server; the widgets
// rebuild in esbuild's watch mode (the demo pages pick them up on reload).
import { readdirSync, watch } from "node:fs"
import { join } from "node:path"
import { run, startGroup } from "./processes.mjs"
import { launchStore, log, root } from "./store.mjs"

const DEBOUNCE_MS = 400
/** `medusa plugin:build` writes and removes this file under src/admin: not a source change. */
const ADMIN_BUILD_SCRATCH = "__admin-extensions__"

await launchStore({
  mode: "dev",
  afterReady: ({ restartServer, env }) => {
    const widgets = startGroup("npm", ["run", "dev", "--workspace", "storefront-widgets"], {
      env,
      cwd: root,
      onOutput: (text) => process.stdout.write(text),
    })
    process.on("exit", () => widgets.stop())

    let queue = Promise.resolve()
    for (const name of readdirSync(join(root, "plugins"))) {
      const dir = join(root, "plugins", name)
      let timer
      watch(join(dir, "src"), { recursive: true }, (_event, file) => {
        if (!file || file.includes(ADMIN_BUILD_SCRATCH)) {
          return
        }
        clearTimeout(timer)
        timer = setTimeout(() => {
          queue = queue.then(async () => {
            log(`plugins/${name} changed: rebuilding`)
            try {
              // the package's own build: core's also builds the admin kit the other plugins' pages import
              await run("npm", ["run", "build", "--silent"], { env, cwd: dir, quiet: true })
              await restartServer()
              log(`plugins/${name} rebuilt, server restarted`)
            } catch (error) {
              log(`plugins/${name} build failed: ${error.message}`)
            }
          })
        }, DEBOUNCE_MS)
      })
    }
    log("watching plugins/*/src and storefront-widgets/src")
  },
})
