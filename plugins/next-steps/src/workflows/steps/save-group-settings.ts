import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import type NextStepsModuleService from "../../modules/next-steps/service"
import type { GroupSettingsValue } from "../../modules/next-steps/service"

export const saveGroupSettingsStepId = "next-steps-save-group-settings"

/** Saves the owner's group titles, sizes and order; compensation restores what was stored before. */
export const saveGroupSettingsStep = createStep(
  saveGroupSettingsStepId,
  async (input: GroupSettingsValue, { container }) => {
    const previous = await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).saveGroupSettings(input)
    return new StepResponse(input, { previous })
  },
  async (undo: { previous: GroupSettingsValue | null } | undefined, { container }) => {
    if (undo) await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).saveGroupSettings(undo.previous)
  }
)
