import { existsSync, statSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { extname, join, normalize, resolve, sep } from "node:path"

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
}

/** Resolves a URL path inside `root`, refusing anything that escapes it; null when no such file. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  const base = resolve(root)
  let relative = decodeURIComponent(urlPath).replace(/^\/+/, "")
  if (relative === "" || relative.endsWith("/")) {
    relative += "index.html"
  }
  const path = normalize(join(base, relative))
  if (!path.startsWith(base + sep) || !existsSync(path) || !statSync(path).isFile()) {
    return null
  }
  return path
}

export async function readStaticFile(path: string): Promise<{ body: Buffer; contentType: string }> {
  return { body: await readFile(path), contentType: CONTENT_TYPES[extname(path)] ?? "application/octet-stream" }
}
