import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { VISITOR_MODULE } from ".."
import type VisitorModuleService from "../service"

jest.setTimeout(60_000)

const view = (productId: string, minutesAgo = 1) => ({
  type: "product_view" as const,
  occurred_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  product_id: productId,
})

moduleIntegrationTestRunner<VisitorModuleService>({
  moduleName: VISITOR_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { consent: { required: false } },
  testSuite: ({ service }) => {
    describe("VisitorModuleService", () => {
      it("should read its options, with defaults, from the plugin options", () => {
        expect(service.settings.consent.required).toBe(false)
        expect(service.sessionTimeoutMs).toBe(30 * 60_000)
      })

      it("should undo a batch completely with revertIngest (workflow compensation)", async () => {
        const first = await service.ingestEvents({ anonymousId: "visitor-aaaaaaaaaaaa1", events: [view("prod_a", 90)] })
        expect(first.previous).toBeNull()
        const second = await service.ingestEvents({
          anonymousId: "visitor-aaaaaaaaaaaa1",
          events: [view("prod_b"), view("prod_b")],
        })
        await service.revertIngest(second)

        const [profile] = await service.listVisitorProfiles({ id: first.profile_id })
        expect(profile).toMatchObject({ event_count: 1, visits: 1, product_views: { prod_a: 1 } })
        expect(await service.listVisitorEvents({ profile_id: first.profile_id })).toHaveLength(1)

        await service.revertIngest(first)
        expect(await service.listVisitorProfiles({ id: first.profile_id })).toHaveLength(0)
        expect(await service.listVisitorIdentities({ anonymous_id: "visitor-aaaaaaaaaaaa1" })).toHaveLength(0)
      })

      it("should create one profile when a new visitor's first batches arrive at once", async () => {
        await Promise.all(
          Array.from({ length: 6 }, () =>
            service.ingestEvents({ anonymousId: "visitor-bbbbbbbbbbbb1", events: [view("prod_c")] })
          )
        )
        const identities = await service.listVisitorIdentities({ anonymous_id: "visitor-bbbbbbbbbbbb1" })
        expect(identities).toHaveLength(1)
        const [profile] = await service.listVisitorProfiles({ id: identities[0].profile_id })
        expect(profile.event_count).toBe(6)
        expect(await service.listVisitorProfiles({})).toHaveLength(1)
      })

      it("should merge concurrently linked devices of one customer into exactly one profile", async () => {
        const devices = ["device-cccccccccccc1", "device-cccccccccccc2", "device-cccccccccccc3"]
        for (const device of devices) {
          await service.ingestEvents({ anonymousId: device, events: [view("prod_d"), view("prod_d")] })
        }
        const outcomes = await Promise.all(
          devices.map((anonymousId) => service.linkCustomer({ anonymousId, customerId: "cus_1" }))
        )
        expect(outcomes.sort()).toEqual(["linked", "merged", "merged"])
        const profiles = await service.listVisitorProfiles({})
        expect(profiles).toHaveLength(1)
        expect(profiles[0]).toMatchObject({ customer_id: "cus_1", event_count: 6, product_views: { prod_d: 6 } })
        expect(await service.listVisitorEvents({ profile_id: profiles[0].id })).toHaveLength(6)
        const again = await Promise.all(
          devices.map((anonymousId) => service.linkCustomer({ anonymousId, customerId: "cus_1" }))
        )
        expect(again).toEqual(["already_linked", "already_linked", "already_linked"])
      })

      it("should let the most recent consent decision win when profiles merge", async () => {
        await service.recordConsent({ anonymousId: "device-dddddddddddd1", analytics: true, source: "banner" })
        await service.linkCustomer({ anonymousId: "device-dddddddddddd1", customerId: "cus_2" })
        await service.recordConsent({ anonymousId: "device-dddddddddddd2", analytics: false, source: "banner" })
        await service.linkCustomer({ anonymousId: "device-dddddddddddd2", customerId: "cus_2" })
        const [profile] = await service.listVisitorProfiles({ customer_id: "cus_2" })
        expect(profile.analytics_consent).toBe(false)
      })
    })
  },
})
