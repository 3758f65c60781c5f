import { adminHeaders } from "../../helpers/admin"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

/** What the admin's cart-reminder page reads: the sequence in effect and each reminder rendered with a sample cart. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("shows the sequence and renders each reminder as it would be sent", async () => {
      const admin = await adminHeaders(getContainer(), api)
      const { data } = await api.get("/admin/cart-recovery/settings", admin).catch(explain)
      expect(data.settings.steps).toEqual([
        { step: 1, delay_hours: 1, incentive_percent: null },
        { step: 2, delay_hours: 24, incentive_percent: null },
        { step: 3, delay_hours: 72, incentive_percent: 10 },
      ])
      expect(data.settings.require_consent).toBe(true)

      const first = await api.get("/admin/cart-recovery/preview?step=1", admin).catch(explain)
      expect(first.data.subject.length).toBeGreaterThan(0)
      expect(first.data.html).toContain("Green Tea")
      expect(first.data.html).not.toContain("SAMPLE-CODE")
      expect(first.data.text).toContain("/touchpoints/unsubscribe/")
      const last = await api.get("/admin/cart-recovery/preview?step=3", admin).catch(explain)
      expect(last.data.html).toContain("SAMPLE-CODE")

      const beyond = await api.get("/admin/cart-recovery/preview?step=4", admin).catch(failure)
      expect(beyond.status).toBe(400)
      expect(beyond.data.message).toBe("step must be 1-3")
      const bad = await api.get("/admin/cart-recovery/preview?step=one", admin).catch(failure)
      expect(bad.status).toBe(400)
      const anonymous = await api.get("/admin/cart-recovery/preview?step=1").catch(failure)
      expect(anonymous.status).toBe(401)
    })
  },
})
