import { readFile } from "node:fs/promises"
import { createServer, type Server } from "node:http"
import { extname, join, normalize, resolve, sep } from "node:path"

/** The storefront-widgets folder: dist/, demo/ and test/fixtures/ are served from here. */
export const WIDGETS_ROOT = resolve(__dirname, "..", "..")
/** Fixed so the backend's STORE_CORS can allow this exact origin (`TP_WIDGET_TEST_PORT`, default 8719). */
export const TEST_PORT = Number(process.env.TP_WIDGET_TEST_PORT || 8719)
export const TEST_ORIGIN = `http://localhost:${TEST_PORT}`

const SERVED = ["dist", "demo", join("test", "fixtures")]
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
}

function placeholders(text: string): string {
  return text
    .replaceAll("{{BACKEND_URL}}", process.env.TP_BACKEND_URL ?? "")
    .replaceAll("{{PUBLISHABLE_KEY}}", process.env.TP_PUBLISHABLE_KEY ?? "")
}

/** `/demo/config.js` as the host store serves it: from the backend env (empty when unset). */
function demoConfig(): string {
  const config = { backendUrl: process.env.TP_BACKEND_URL ?? "", publishableKey: process.env.TP_PUBLISHABLE_KEY ?? "" }
  return `window.TP_DEMO = ${JSON.stringify(config)}\n`
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

/**
 * Serves dist/ (also as /demo/widgets/, like the host store), demo/ and test/fixtures/ (as /fixtures/) on
 * http://localhost:<TEST_PORT>. Fixture HTML gets {{BACKEND_URL}} and {{PUBLISHABLE_KEY}} from the environment.
 */
export async function startStaticServer(): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", TEST_ORIGIN).pathname)
    if (path === "/demo/config.js") {
      res.writeHead(200, { "content-type": TYPES[".js"], "cache-control": "no-store" })
      res.end(demoConfig())
      return
    }
    if (path.startsWith("/__slow/")) {
      // answers after 3 s: lets the client's timeout be tested without a backend
      setTimeout(() => res.writeHead(404).end("slow"), 3000)
      return
    }
    // as the host store serves them: /demo/widgets/* is dist/*; /fixtures/* is test/fixtures/*
    const mapped = path.replace(/^\/demo\/widgets\//, "/dist/").replace(/^\/fixtures\//, "/test/fixtures/")
    const relative = normalize(mapped.endsWith("/") ? `${mapped}index.html` : mapped).replace(/^[/\\]+/, "")
    const file = join(WIDGETS_ROOT, relative)
    const allowed = SERVED.some((dir) => file.startsWith(join(WIDGETS_ROOT, dir) + sep))
    if (!allowed) {
      res.writeHead(404).end("not found")
      return
    }
    try {
      const type = TYPES[extname(file)] ?? "application/octet-stream"
      const body = await readFile(file)
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" })
      res.end(type.startsWith("text/html") ? placeholders(body.toString("utf8")) : body)
    } catch {
      res.writeHead(404).end("not found")
    }
  })
  await new Promise<void>((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      fail(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${TEST_PORT} is taken: set TP_WIDGET_TEST_PORT to a free port (and allow it in STORE_CORS)`)
          : error
      )
    )
    server.listen(TEST_PORT, "127.0.0.1", done)
  })
  return {
    origin: TEST_ORIGIN,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
