import { randomUUID } from "node:crypto"
import { Redis } from "ioredis"

/** Where flushes are announced; every instance of the store subscribes. */
export const CACHE_BUS_CHANNEL = "touchpoints:cache-flush"

type Listener = (keys: string[] | null) => void
type Announcement = { from: string; cache: string; keys: string[] | null }

export type CacheBus = {
  /** Subscribes to `redisUrl`; until then (and without Redis) flushes stay on this instance. */
  connect(redisUrl: string): Promise<void>
  /** Runs `listener` when another instance flushes `cache` (keys null: everything). */
  listen(cache: string, listener: Listener): void
  /** Tells the other instances that `cache` (or some of its keys) changed here. */
  announce(cache: string, keys?: string[]): void
  /** Tells this instance's listeners of `cache` and the other instances' that it changed. */
  signal(cache: string): void
  close(): Promise<void>
}

/**
 * Carries cache flushes between the instances of a store (Redis publish/subscribe), so a change seen by one
 * instance (an owner's edit on a server, a subscriber on the worker) empties the others' per-instance caches
 * within milliseconds instead of after their TTL. Delivery is best effort: while Redis is unreachable the TTL
 * still bounds staleness, and after a reconnect every listener is flushed once, since flushes may have been missed.
 */
export function createCacheBus(): CacheBus {
  const self = randomUUID()
  const listeners = new Map<string, Set<Listener>>()
  let publisher: Redis | null = null
  let subscriber: Redis | null = null

  const notify = (cache: string | null, keys: string[] | null) => {
    for (const [name, group] of listeners) {
      if (cache !== null && name !== cache) continue
      for (const listener of group) listener(keys)
    }
  }

  return {
    async connect(redisUrl) {
      if (publisher) return
      publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true })
      subscriber = new Redis(redisUrl, { lazyConnect: true })
      // errors are reconnected by ioredis; an unhandled "error" event would crash the process
      publisher.on("error", () => undefined)
      subscriber.on("error", () => undefined)
      let connectedBefore = false
      subscriber.on("ready", () => {
        if (connectedBefore) notify(null, null)
        connectedBefore = true
      })
      subscriber.on("message", (_channel: string, raw: string) => {
        const message = parseAnnouncement(raw)
        if (message && message.from !== self) notify(message.cache, message.keys)
      })
      await Promise.all([publisher.connect(), subscriber.connect()])
      await subscriber.subscribe(CACHE_BUS_CHANNEL)
    },
    listen(cache, listener) {
      const group = listeners.get(cache) ?? new Set<Listener>()
      group.add(listener)
      listeners.set(cache, group)
    },
    announce(cache, keys) {
      if (publisher?.status !== "ready") return
      const message: Announcement = { from: self, cache, keys: keys ?? null }
      publisher.publish(CACHE_BUS_CHANNEL, JSON.stringify(message)).catch(() => undefined)
    },
    signal(cache) {
      notify(cache, null)
      this.announce(cache)
    },
    async close() {
      const clients = [publisher, subscriber].filter((client): client is Redis => client !== null)
      publisher = null
      subscriber = null
      await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())))
    },
  }
}

function parseAnnouncement(raw: string): Announcement | null {
  try {
    const value = JSON.parse(raw) as Partial<Announcement>
    if (typeof value.from !== "string" || typeof value.cache !== "string") return null
    const keys = Array.isArray(value.keys) ? value.keys.filter((key) => typeof key === "string") : null
    return { from: value.from, cache: value.cache, keys }
  } catch {
    return null
  }
}

/** The store's bus: every cache of every Touchpoints plugin in this process listens on it. */
export const cacheBus = createCacheBus()
