import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

export const MARKER_KEY = "touchpoints_seeded_at"
export const KEY_ID_KEY = "touchpoints_publishable_key_id"
export const PUBLISHABLE_KEY_TITLE = "Touchpoints storefront"

export type SeedState =
  | { state: "empty" }
  | { state: "seeded"; seededAt: string; publishableKey: string | null }
  | { state: "partial" }

/**
 * Seed once: the store's metadata records a finished seed. A store without the marker but with the seed's
 * first product was left half-way by a failed run (handles and emails would collide): that is an error.
 */
export async function readSeedState({ container }: SeedContext, firstHandle: string): Promise<SeedState> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const seededAt = store?.metadata?.[MARKER_KEY]
  if (typeof seededAt === "string") {
    const keyId = store?.metadata?.[KEY_ID_KEY]
    const [key] = typeof keyId === "string" ? await container.resolve(Modules.API_KEY).listApiKeys({ id: keyId }) : []
    return { state: "seeded", seededAt, publishableKey: key?.token ?? null }
  }
  const products = await container.resolve(Modules.PRODUCT).listProducts({ handle: firstHandle }, { take: 1 })
  return products.length ? { state: "partial" } : { state: "empty" }
}

export async function writeSeedMarker(
  { container, now }: SeedContext,
  refs: { storeId: string; publishableKeyId: string },
  summary: Record<string, unknown>
) {
  const storeId = refs.storeId
  const [store] = await container.resolve(Modules.STORE).listStores({ id: storeId })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: storeId },
      update: {
        metadata: {
          ...(store?.metadata ?? {}),
          [MARKER_KEY]: now.toISOString(),
          [KEY_ID_KEY]: refs.publishableKeyId,
          touchpoints_seed_summary: summary,
        },
      },
    },
  })
}
