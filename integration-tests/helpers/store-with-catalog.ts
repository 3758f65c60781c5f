import type { MedusaContainer } from "@medusajs/framework/types"
import { type Catalog, createCatalog } from "./catalog"
import { createPublishableKey } from "./store-fixtures"

/**
 * A publishable key and the test catalog in the key's sales channel: the set-up of every spec whose shoppers
 * browse and buy the catalog (call it in a `beforeEach`: the runner resets the database before each test).
 */
export async function createStoreWithCatalog(container: MedusaContainer): Promise<{ key: string; catalog: Catalog }> {
  const fixtures = await createPublishableKey(container)
  return { key: fixtures.token, catalog: await createCatalog(container, fixtures.salesChannelId) }
}
