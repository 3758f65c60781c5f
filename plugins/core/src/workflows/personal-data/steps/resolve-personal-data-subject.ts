import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PersonalDataRequest } from "../../../lib/personal-data"
import { resolvePersonalDataSubject } from "../lib/resolve-subject"

export const resolvePersonalDataSubjectStepId = "touchpoints-core-resolve-personal-data-subject"

/** Every id the person's data may be stored under (a read: nothing to compensate). */
export const resolvePersonalDataSubjectStep = createStep(
  resolvePersonalDataSubjectStepId,
  async (request: PersonalDataRequest, { container }) =>
    new StepResponse(await resolvePersonalDataSubject(container, request))
)
