import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { loadProblem, ProblemText, useAdminGet } from "@touchpoints/core/admin-kit"

type ProductSaves = { saves: number; active: number; purchased: number; conversion_rate: number }

/** On a product's page: how often shoppers saved it for later, how many still keep it, how many then bought it. */
const ProductTimesSavedWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const [answer] = useAdminGet<{ products: ProductSaves[] }>(
    `/admin/wishlists/stats?limit=1&product_id=${encodeURIComponent(product.id)}`
  )
  const saves =
    answer.state === "loaded"
      ? (answer.value.products[0] ?? { saves: 0, active: 0, purchased: 0, conversion_rate: 0 })
      : null
  const problem = loadProblem(answer)

  return (
    <Container className="px-6 py-4">
      <section aria-label="Saved for later" className="flex flex-col gap-y-2">
        <Heading level="h2">Saved for later</Heading>
        <ProblemText size="small" problem={problem} />
        {saves && (
          <Text size="small" data-testid="tp-product-times-saved">
            {`Saved ${saves.saves} times, still saved by ${saves.active}, bought after saving ${saves.purchased} times (${(saves.conversion_rate * 100).toFixed(1)} %).`}
          </Text>
        )}
      </section>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductTimesSavedWidget
