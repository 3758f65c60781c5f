import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http"
import { createTouchpointsProxy } from "../src/next/proxy"
import { requireBackend } from "./helpers/backend"
import { registerCustomer } from "./helpers/offers"

/** A request the stand-in upstream saw: a real HTTP server on a free port that records what reaches it. */
interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

type Answer = (seen: Seen, res: ServerResponse) => void

interface Upstream {
  url: string
  seen: Seen[]
  /** How the next requests are answered. */
  answer: Answer
  close(): Promise<void>
}

/** Answers 200 with the path it was asked for, plus a cookie the proxy must not pass back. */
const echo: Answer = (request, res) => {
  res.writeHead(200, { "content-type": "application/json", "set-cookie": "connect.sid=abc" })
  res.end(JSON.stringify({ path: request.url }))
}

async function startUpstream(): Promise<Upstream> {
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8")
    })
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body }
      upstream.seen.push(request)
      upstream.answer(request, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address ? address.port : 0
  const upstream: Upstream = {
    url: `http://127.0.0.1:${port}`,
    seen: [],
    answer: echo,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return upstream
}

const PAGE = "https://shop.example"
const MOUNT = "/api/touchpoints"

function call(path: string, init: RequestInit = {}): Request {
  return new Request(`${PAGE}${MOUNT}${path}`, init)
}

describe("Next.js route handler (createTouchpointsProxy)", () => {
  let upstream: Upstream
  let proxy: ReturnType<typeof createTouchpointsProxy>

  beforeAll(async () => {
    upstream = await startUpstream()
    proxy = createTouchpointsProxy({ backendUrl: upstream.url, publishableKey: "pk_server", timeoutMs: 1500 })
  })
  afterAll(() => upstream.close())
  beforeEach(() => {
    upstream.seen.length = 0
    upstream.answer = echo
  })

  it("should pass an allowed call on with the cookie's token and the server's key, and nothing else of the page's", async () => {
    const answer = await proxy.GET(
      call("/store/wishlists?region_id=reg_1", {
        headers: {
          cookie: "theme=dark; _medusa_jwt=eyJhbGciOi.payload.sig; _medusa_cart_id=cart_1",
          authorization: "Bearer page-supplied",
          "x-publishable-api-key": "pk_page",
          "x-wishlist-token": "guest.token",
          "x-touchpoints-visitor": "v_1",
          connection: "keep-alive, x-secret",
          "x-secret": "hop",
          "proxy-authorization": "Basic abc",
          "x-forwarded-host": "evil.example",
        },
      })
    )
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ path: "/store/wishlists?region_id=reg_1" })
    expect(answer.headers.get("cache-control")).toBe("private, no-store")
    expect(answer.headers.get("set-cookie")).toBeNull()

    const [forwarded] = upstream.seen
    expect(forwarded?.headers.authorization).toBe("Bearer eyJhbGciOi.payload.sig")
    expect(forwarded?.headers["x-publishable-api-key"]).toBe("pk_server")
    expect(forwarded?.headers["x-wishlist-token"]).toBe("guest.token")
    expect(forwarded?.headers["x-touchpoints-visitor"]).toBe("v_1")
    for (const dropped of ["cookie", "x-secret", "proxy-authorization", "x-forwarded-host"]) {
      expect(forwarded?.headers[dropped]).toBeUndefined()
    }
  })

  it("should tell Medusa the browser's address (the nearest proxy's X-Forwarded-For entry), for its rate limits", async () => {
    const forwardedFor = async (value?: string) => {
      upstream.seen.length = 0
      await proxy.GET(call("/store/offers", value === undefined ? {} : { headers: { "x-forwarded-for": value } }))
      return upstream.seen[0]?.headers["x-forwarded-for"]
    }
    expect(await forwardedFor("203.0.113.7")).toBe("203.0.113.7")
    // the first entries are the browser's own claim; the last one is what the storefront's proxy saw
    expect(await forwardedFor("1.2.3.4, 198.51.100.9")).toBe("198.51.100.9")
    expect(await forwardedFor("::ffff:127.0.0.1")).toBe("::ffff:127.0.0.1")
    expect(await forwardedFor("unknown")).toBeUndefined()
    expect(await forwardedFor()).toBeUndefined()
  })

  it("should send no token for a guest and never the page's own authorization header", async () => {
    await proxy.GET(call("/store/next-steps?handle=x", { headers: { authorization: "Bearer page-supplied" } }))
    expect(upstream.seen[0]?.headers.authorization).toBeUndefined()
  })

  it("should ignore a cookie token that could not be a token (no header injection)", async () => {
    await proxy.GET(call("/store/wishlists", { headers: { cookie: "_medusa_jwt=a%0D%0Ax-evil%3A%201" } }))
    expect(upstream.seen[0]?.headers.authorization).toBeUndefined()
    expect(upstream.seen[0]?.headers["x-evil"]).toBeUndefined()
  })

  it("should pass status and error bodies through unchanged", async () => {
    upstream.answer = (_request, res) => {
      res.writeHead(409, { "content-type": "application/json", "retry-after": "3" })
      res.end(JSON.stringify({ type: "conflict", message: "The cart was ordered" }))
    }
    const answer = await proxy.POST(
      call("/store/carts/cart_1/bundles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ product_id: "prod_1" }),
      })
    )
    expect(answer.status).toBe(409)
    expect(answer.headers.get("retry-after")).toBe("3")
    expect(await answer.json()).toEqual({ type: "conflict", message: "The cart was ordered" })
    expect(upstream.seen[0]).toMatchObject({ method: "POST", body: JSON.stringify({ product_id: "prod_1" }) })
  })

  it.each([
    ["a Medusa route outside the list", "/store/customers/me"],
    ["an admin route", "/admin/users"],
    ["a climb out of the path", "/store/carts/..%2F..%2Fadmin%2Fusers"],
    ["an encoded slash in an id", "/store/products/prod_1%2Fx/bundle"],
    ["an empty segment", "/store/products//bundle"],
    ["another host in an id", "/store/carts/@evil.example/also-bought"],
    ["a trailing extra segment", "/store/offers/off_1/events/extra"],
  ])("should answer 404 to %s and forward nothing", async (_name, path) => {
    const answer = await proxy.GET(call(path))
    expect(answer.status).toBe(404)
    expect(await answer.json()).toMatchObject({ type: "not_found" })
    expect(upstream.seen).toEqual([])
  })

  it("should answer 404 outside its mount path and 405 for a method the route does not take", async () => {
    expect((await proxy.GET(new Request(`${PAGE}/api/other/store/offers`))).status).toBe(404)
    const wrongMethod = await proxy.DELETE(call("/store/offers", { method: "DELETE" }))
    expect(wrongMethod.status).toBe(405)
    expect(await wrongMethod.json()).toMatchObject({ type: "not_allowed" })
    expect(upstream.seen).toEqual([])
  })

  it("should keep the backend's path prefix and never leave the backend's origin", async () => {
    const prefixed = createTouchpointsProxy({ backendUrl: `${upstream.url}/medusa/` })
    await prefixed.GET(call("/store/products/prod_1/next-steps?limit=3"))
    expect(upstream.seen.map((seen) => seen.url)).toEqual(["/medusa/store/products/prod_1/next-steps?limit=3"])
  })

  it("should refuse a repeated or bracketed locale, which Medusa itself never answers, with a 400", async () => {
    for (const query of ["?locale=en-US&locale=de-DE", "?locale[a]=en-US", "?locale%5B%5D=en-US"]) {
      const answer = await proxy.GET(call(`/store/offers${query}`))
      expect(answer.status).toBe(400)
      expect(await answer.json()).toMatchObject({ type: "invalid_data", message: expect.stringContaining("locale") })
    }
    expect(upstream.seen).toEqual([])
    expect((await proxy.GET(call("/store/offers?locale=de-DE&placement=home"))).status).toBe(200)
    expect(upstream.seen.map((seen) => seen.url)).toEqual(["/store/offers?locale=de-DE&placement=home"])
  })

  it("should refuse oversized, non-JSON and malformed bodies with a 4xx in Medusa's shape", async () => {
    const small = createTouchpointsProxy({ backendUrl: upstream.url, maxBodyBytes: 100 })
    const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
      small.POST(call("/store/touchpoints/events", { method: "POST", headers, body }))

    const declared = await post(JSON.stringify({ events: "x".repeat(200) }))
    expect(declared.status).toBe(413)
    expect(await declared.json()).toMatchObject({ type: "invalid_data" })

    // no Content-Length: a stream that only grows too large on the way
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(`"${"y".repeat(40)}",`))
        controller.close()
      },
    })
    const streaming: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half", // Node's fetch needs it for a stream body
    }
    const streamed = await small.POST(call("/store/touchpoints/events", streaming))
    expect(streamed.status).toBe(413)

    expect((await post("a=1", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415)
    const malformed = await post('{"events": [')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({ type: "invalid_data", message: "The request body is not valid JSON." })
    expect(upstream.seen).toEqual([])
  })

  it("should refuse a write from another site with 403 and pass the site's own on", async () => {
    const write = (headers: Record<string, string>, method = "POST") =>
      proxy[method as "POST" | "DELETE"](
        call(method === "POST" ? "/store/wishlists" : "/store/wishlists/wl_1", {
          method,
          headers: { "content-type": "application/json", ...headers },
          ...(method === "POST" && { body: JSON.stringify({ name: "Mine" }) }),
        })
      )
    const refused = [
      await write({ origin: "https://evil.example" }),
      await write({ origin: "null" }),
      await write({ origin: "https://shop.example.evil.example" }),
      await write({ "sec-fetch-site": "cross-site" }),
      await write({ origin: PAGE, "sec-fetch-site": "cross-site" }),
      await write({ origin: "https://evil.example" }, "DELETE"),
    ]
    for (const answer of refused) {
      expect(answer.status).toBe(403)
      expect(await answer.json()).toMatchObject({
        type: "not_allowed",
        message: expect.stringContaining("another site"),
      })
    }
    expect(upstream.seen).toEqual([])

    // the page's own origin (also behind a proxy that names the host), a server-side call, and reads pass
    expect((await write({ origin: PAGE, "sec-fetch-site": "same-origin" })).status).toBe(200)
    expect((await write({ origin: "https://www.shop.example", "x-forwarded-host": "www.shop.example" })).status).toBe(
      200
    )
    expect((await write({})).status).toBe(200)
    const read = await proxy.GET(call("/store/offers", { headers: { origin: "https://evil.example" } }))
    expect(read.status).toBe(200)
    const apex = createTouchpointsProxy({ backendUrl: upstream.url, allowedOriginHosts: ["www.shop.example"] })
    const fromWww = await apex.POST(
      call("/store/wishlists", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://www.shop.example" },
        body: "{}",
      })
    )
    expect(fromWww.status).toBe(200)
    expect(upstream.seen).toHaveLength(5)
  })

  it("should refuse a POST without a body with 400: every widget write sends JSON", async () => {
    const empty = await proxy.POST(call("/store/touchpoints/consent", { method: "POST" }))
    expect(empty.status).toBe(400)
    expect(await empty.json()).toEqual({ type: "invalid_data", message: "The request body must be JSON; it is empty." })
    const emptyJson = await proxy.POST(
      call("/store/touchpoints/consent", { method: "POST", headers: { "content-type": "application/json" }, body: "" })
    )
    expect(emptyJson.status).toBe(400)
    expect(upstream.seen).toEqual([])
  })

  it("should answer 504 when the backend is too slow and 502 when it is away, in Medusa's shape", async () => {
    upstream.answer = () => {
      // never answers
    }
    const slow = await proxy.GET(call("/store/offers"))
    expect(slow.status).toBe(504)
    expect(await slow.json()).toMatchObject({ type: "unexpected_state" })

    const away = createTouchpointsProxy({ backendUrl: "http://127.0.0.1:9" })
    const refused = await away.GET(call("/store/offers"))
    expect(refused.status).toBe(502)
    expect(refused.headers.get("retry-after")).toBe("2")
    expect(await refused.json()).toEqual({
      type: "unexpected_state",
      message: "The shop backend could not be reached.",
    })
  })
})

describe("Next.js route handler against the real backend", () => {
  it("should read a customer's lists with the cookie's token, and a guest gets their own answer", async () => {
    const backend = requireBackend()
    const proxy = createTouchpointsProxy({ backendUrl: backend.url, publishableKey: backend.key })
    const customer = await registerCustomer()

    const created = await proxy.POST(
      call("/store/wishlists", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `_medusa_jwt=${customer.token}` },
        body: JSON.stringify({ name: "Through the proxy" }),
      })
    )
    expect(created.status).toBe(200)
    const names = async (answer: Response) =>
      ((await answer.json()) as { wishlists: { name: string }[] }).wishlists.map((list) => list.name)
    const mine = await proxy.GET(call("/store/wishlists", { headers: { cookie: `_medusa_jwt=${customer.token}` } }))
    expect(await names(mine)).toContain("Through the proxy")
    // the list is the customer's: Medusa shows it to their own token, asked directly
    const direct = await fetch(`${backend.url}/store/wishlists`, {
      headers: { authorization: `Bearer ${customer.token}`, "x-publishable-api-key": backend.key },
    })
    expect(await names(direct)).toContain("Through the proxy")

    const guest = await proxy.GET(call("/store/wishlists"))
    expect(guest.status).toBe(200)
    expect(await names(guest)).not.toContain("Through the proxy")
  })
})
