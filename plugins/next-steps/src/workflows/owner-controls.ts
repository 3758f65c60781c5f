import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CurationRow, GroupSettingsValue } from "../modules/next-steps/service"
import { replaceCurationsStep } from "./steps/replace-curations"
import { saveGroupSettingsStep } from "./steps/save-group-settings"
import { setReplacementStep } from "./steps/set-replacement"

export const setNextStepsReplacementWorkflowId = "next-steps-set-replacement"

/** The owner names (or clears) the replacement of a discontinued or deleted product. */
export const setNextStepsReplacementWorkflow = createWorkflow(
  setNextStepsReplacementWorkflowId,
  (input: { product_id: string; replacement_product_id: string | null }) =>
    new WorkflowResponse(setReplacementStep(input))
)

export const setNextStepsCurationsWorkflowId = "next-steps-set-curations"

/** The owner's pins and exclusions for one product page's groups, replaced as a whole. */
export const setNextStepsCurationsWorkflow = createWorkflow(
  setNextStepsCurationsWorkflowId,
  (input: { product_id: string; rows: Omit<CurationRow, "product_id">[] }) =>
    new WorkflowResponse(replaceCurationsStep(input))
)

export const saveNextStepsGroupSettingsWorkflowId = "next-steps-save-group-settings"

/** The owner's group titles, sizes and order. */
export const saveNextStepsGroupSettingsWorkflow = createWorkflow(
  saveNextStepsGroupSettingsWorkflowId,
  (input: GroupSettingsValue) => new WorkflowResponse(saveGroupSettingsStep(input))
)
