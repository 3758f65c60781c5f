import { dirname, join } from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readStaticFile, resolveStaticFile } from "./static-files"

const widgetsRoot = dirname(require.resolve("@touchpoints/widgets/package.json"))
const DEMO_DIR = join(widgetsRoot, "demo")
const WIDGETS_DIR = join(widgetsRoot, "dist")

/**
 * The demo storefront: plain HTML pages from storefront-widgets/demo, the built widgets under
 * /demo/widgets/, and /demo/config.js telling the pages where the store API is and which key to use.
 */
export async function serveDemoStorefront(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const path = req.path.replace(/^\/demo/, "")
    if (path === "") {
      return res.redirect(301, "/demo/")
    }
    if (path === "/config.js") {
      const config = { backendUrl: `${req.protocol}://${req.get("host")}`, publishableKey: await publishableKey(req) }
      res.setHeader("content-type", "text/javascript; charset=utf-8")
      res.setHeader("cache-control", "no-store")
      return res.send(`window.TP_DEMO = ${JSON.stringify(config)};\n`)
    }
    const file = path.startsWith("/widgets/")
      ? resolveStaticFile(WIDGETS_DIR, path.slice("/widgets/".length))
      : resolveStaticFile(DEMO_DIR, path)
    if (!file) {
      return res.status(404).json({ type: "not_found", message: `No demo file at ${req.path}` })
    }
    const { body, contentType } = await readStaticFile(file)
    res.setHeader("content-type", contentType)
    return res.send(body)
  } catch (error) {
    return next(error)
  }
}

async function publishableKey(req: MedusaRequest): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token", "created_at"],
    filters: { type: "publishable", revoked_at: null },
  })
  const oldest = [...data].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))[0]
  return oldest?.token ?? null
}
