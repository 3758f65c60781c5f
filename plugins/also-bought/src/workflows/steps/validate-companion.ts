import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCompanionStepId = "touchpoints-also-bought-validate-companion-step"

/** Both products must exist and differ (removing a decision works also after a product is gone). */
export const validateCompanionStep = createStep(
  validateCompanionStepId,
  async (input: { product_id: string; companion_id: string; action: string }, { container }) => {
    if (input.product_id === input.companion_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A product cannot be its own companion")
    }
    if (input.action === "remove") return new StepResponse(undefined)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id"],
      filters: { id: [input.product_id, input.companion_id] },
    })
    const found = new Set((data as { id: string }[]).map((product) => product.id))
    for (const id of [input.product_id, input.companion_id]) {
      if (!found.has(id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
    }
    return new StepResponse(undefined)
  }
)
