import { headers } from "next/headers"
import { getRegion } from "@/lib/data/regions"

/** A gone or mistyped product still leads on: `<tp-next-steps handle>` says what happened and shows what is near. */
export default async function ProductNotFound() {
  // not-found views get no params: the middleware passes the path on
  const path = (await headers()).get("x-pathname") ?? ""
  const handle = decodeURIComponent(path.split("/")[2] ?? "")
  const region = await getRegion()
  return (
    <section className="page">
      <h1>This product is not here</h1>
      <tp-next-steps handle={handle} region-id={region.id} product-url-template="/products/{handle}" />
    </section>
  )
}
