import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { GroupSettingsPatch } from "../modules/next-steps/service"
import { flushGroupCacheStep } from "./steps/flush-group-cache"
import { saveGroupSettingsStep } from "./steps/save-group-settings"

export const saveNextStepsGroupSettingsWorkflowId = "touchpoints-next-steps-save-group-settings"

/** The owner changes group titles, sizes or order (what the input leaves out stays); answers the settings now in effect. */
export const saveNextStepsGroupSettingsWorkflow = createWorkflow(
  saveNextStepsGroupSettingsWorkflowId,
  (input: GroupSettingsPatch) => {
    const settings = saveGroupSettingsStep(input)
    flushGroupCacheStep()
    return new WorkflowResponse(settings)
  }
)
