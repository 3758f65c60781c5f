import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import type NextStepsModuleService from "../../modules/next-steps/service"
import type { GroupSettingsPatch, GroupSettingsValue } from "../../modules/next-steps/service"

export const saveGroupSettingsStepId = "touchpoints-next-steps-save-group-settings-step"

/**
 * Applies the owner's change to the group titles, sizes and order (what it leaves out stays as it is), merged
 * with what is stored in the same transaction, so two saves at once do not undo each other. Compensation
 * restores what was stored before.
 */
export const saveGroupSettingsStep = createStep(
  saveGroupSettingsStepId,
  async (patch: GroupSettingsPatch, { container }) => {
    const { value, previous } = await container
      .resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
      .changeGroupSettings(patch)
    return new StepResponse(value, { previous })
  },
  async (undo: { previous: GroupSettingsValue | null } | undefined, { container }) => {
    if (undo) await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).saveGroupSettings(undo.previous)
  }
)
