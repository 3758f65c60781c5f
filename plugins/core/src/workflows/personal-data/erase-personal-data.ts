import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PersonalDataErased, PersonalDataRequest } from "../../lib/personal-data"
import { eraseOtherPersonalDataPartsStep, erasePersonalDataPartStep } from "./steps/erase-personal-data-part"
import { resolvePersonalDataSubjectStep } from "./steps/resolve-personal-data-subject"

export const erasePersonalDataWorkflowId = "touchpoints-core-erase-personal-data"

const eraseWishlist = erasePersonalDataPartStep("wishlist")
const eraseCartRecovery = erasePersonalDataPartStep("cart-recovery")
const eraseFeedback = erasePersonalDataPartStep("feedback")
const eraseSegmentOffers = erasePersonalDataPartStep("segment-offers")
// last: the other parts find the person's visitors and carts through core's rows until then
const eraseCore = erasePersonalDataPartStep("core")

/**
 * Erases everything Touchpoints keeps about a customer or an address, one step per plugin, and answers what each
 * plugin erased (installed plugins only). Cannot be undone (see the steps); safe to run twice or on two workers.
 */
export const erasePersonalDataWorkflow = createWorkflow(erasePersonalDataWorkflowId, (input: PersonalDataRequest) => {
  const subject = resolvePersonalDataSubjectStep(input)
  const parts = {
    wishlist: eraseWishlist(subject),
    "cart-recovery": eraseCartRecovery(subject),
    feedback: eraseFeedback(subject),
    "segment-offers": eraseSegmentOffers(subject),
    others: eraseOtherPersonalDataPartsStep(subject),
    core: eraseCore(subject),
  }
  const erased = transform({ parts }, ({ parts }) => {
    const { others, ...suite } = parts
    const answer: Record<string, PersonalDataErased> = { ...others }
    for (const [name, part] of Object.entries(suite)) if (part) answer[name] = part
    return answer
  })
  return new WorkflowResponse({ erased })
})
