import "server-only"
import { headers } from "next/headers"

/** `<tp-wishlist share-url-template>`: an absolute link to this storefront's shared-list page. */
export async function shareUrlTemplate(): Promise<string> {
  const incoming = await headers()
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost"
  const protocol = incoming.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https")
  return `${protocol}://${host}/wishlist?token={token}`
}
