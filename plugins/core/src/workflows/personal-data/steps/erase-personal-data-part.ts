import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type PersonalDataErased,
  type PersonalDataSubject,
  personalDataContributor,
  personalDataContributors,
} from "../../../lib/personal-data"

/** The plugins of the suite that keep shopper data, each erased by a step of its own (core last). */
export const PERSONAL_DATA_PARTS = ["wishlist", "cart-recovery", "feedback", "segment-offers", "core"] as const

/**
 * A step that erases one plugin's part (null when that plugin is not installed). Erasure cannot be undone, so
 * there is no compensation: a failed step is retried or the workflow is run again, and every part is idempotent
 * (what is already gone deletes nothing), so a rerun or a second worker only finishes the job.
 */
export function erasePersonalDataPartStep(name: (typeof PERSONAL_DATA_PARTS)[number]) {
  return createStep(
    `touchpoints-core-erase-personal-data-${name}`,
    async (subject: PersonalDataSubject, { container }) => {
      const contributor = personalDataContributor(name)
      return new StepResponse(contributor ? await contributor.erase({ container, subject }) : null)
    }
  )
}

export const eraseOtherPersonalDataPartsStepId = "touchpoints-core-erase-personal-data-other-parts"

/** Parts registered by plugins outside the suite's list (a shop's own plugin may register one too). */
export const eraseOtherPersonalDataPartsStep = createStep(
  eraseOtherPersonalDataPartsStepId,
  async (subject: PersonalDataSubject, { container }) => {
    const known: readonly string[] = PERSONAL_DATA_PARTS
    const erased: Record<string, PersonalDataErased> = {}
    for (const name of personalDataContributors().filter((candidate) => !known.includes(candidate))) {
      erased[name] = await (personalDataContributor(name)?.erase({ container, subject }) ?? {})
    }
    return new StepResponse(erased)
  }
)
