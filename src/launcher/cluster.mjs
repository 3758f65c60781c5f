#!/usr/bin/env node
// `npm run start:cluster`: the demo store as several Medusa instances sharing one PostgreSQL and one Redis:
// TP_CLUSTER_SERVERS (default 2) server instances behind a local round-robin proxy on PORT, plus one worker
// that runs the jobs and subscribers. REDIS_URL defaults to the local Redis.
import net from "node:net"
import { launchStore, log } from "./store.mjs"

process.env.REDIS_URL ||= "redis://127.0.0.1:6379"
const servers = Number(process.env.TP_CLUSTER_SERVERS || 2)
if (!Number.isInteger(servers) || servers < 1 || servers > 8) {
  console.error("[touchpoints] TP_CLUSTER_SERVERS must be a whole number from 1 to 8")
  process.exit(1)
}
try {
  await pingRedis(process.env.REDIS_URL)
} catch (error) {
  console.error(
    `[touchpoints] cannot reach Redis at ${process.env.REDIS_URL} (${error.message}): start it or set REDIS_URL`
  )
  process.exit(1)
}
log(`cluster: ${servers} server instance(s) and a worker on ${process.env.REDIS_URL}`)
await launchStore({ mode: "start", cluster: { servers } })

/** A bare RESP PING: any reply (also NOAUTH) proves a Redis answers there. */
function pingRedis(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 3_000 })
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", () => {
      socket.end()
      resolve()
    })
    socket.once("timeout", () => {
      socket.destroy()
      reject(new Error("no answer within 3 s"))
    })
    socket.once("error", reject)
  })
}
