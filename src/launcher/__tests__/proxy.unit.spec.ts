import { type ChildProcess, spawn } from "node:child_process"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"

/** The proxy in a process of its own, as `npm run start:cluster` runs it (an ES module jest cannot import). */
async function startProxyProcess(options: object): Promise<ChildProcess> {
  const script = `import { startProxy } from ${JSON.stringify(join(__dirname, "..", "proxy.mjs"))}
await startProxy(${JSON.stringify(options)}); console.log("ready")`
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve())
    child.on("exit", (code) => reject(new Error(`the proxy exited ${code}`)))
  })
  return child
}

/** A stand-in instance that answers with its name and the size of the body it got. */
async function instance(name: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
    })
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ name, size })))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

const PORT = 19_871

describe("the cluster's proxy", () => {
  let proxy: ChildProcess
  let instances: Awaited<ReturnType<typeof instance>>[]

  beforeAll(async () => {
    instances = [await instance("one"), await instance("two")]
    proxy = await startProxyProcess({
      port: PORT,
      backends: [
        ...instances.map((server, index) => ({ name: `server-${index + 1}`, url: server.url })),
        { name: "gone", url: "http://127.0.0.1:1" }, // refuses: left out, the request goes to the next one
      ],
      maxBodyBytes: 1024,
    })
  })
  afterAll(async () => {
    proxy?.kill()
    for (const server of instances ?? []) server.close()
  })

  it("should spread requests over the instances that answer, naming each, and pass bodies through", async () => {
    const answers = []
    for (let index = 0; index < 6; index += 1) {
      const response = await fetch(`http://127.0.0.1:${PORT}/x`, { method: "POST", body: "a".repeat(100) })
      answers.push({ status: response.status, instance: response.headers.get("x-touchpoints-instance") })
      expect(await response.json()).toMatchObject({ size: 100 })
    }
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200]))
    expect(new Set(answers.map((answer) => answer.instance))).toEqual(new Set(["server-1", "server-2"]))
  })

  it("should answer a body over the limit with a 413 the client can read, not a reset connection", async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/x`, { method: "POST", body: "a".repeat(200_000) })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ type: "invalid_data", message: "Request body is too large" })
  })
})
