import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { NextStepsPanel } from "../components/next-steps-panel"

/** On Medusa's product page: what the store's page for this product shows now, and the owner's controls. */
const ProductNextStepsWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => (
  <Container className="divide-y p-0" data-testid="tp-product-next-steps">
    <div className="px-6 py-4">
      <Heading level="h2">Next steps</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        The link groups this product's page shows a new visitor (the store's default region and sales channel).
      </Text>
    </div>
    <div className="px-6 py-4">
      <NextStepsPanel productId={product.id} />
    </div>
  </Container>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductNextStepsWidget
