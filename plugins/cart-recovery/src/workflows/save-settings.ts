import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OwnerSettingsValue } from "../modules/cart-recovery/lib/owner-settings"
import { replaceCartRecoverySettingsStep } from "./steps/replace-settings"

export const saveCartRecoverySettingsWorkflowId = "touchpoints-cart-recovery-save-settings"

/** The owner saves the reminder sequence and rules, or (settings: null) goes back to the plugin options. */
export const saveCartRecoverySettingsWorkflow = createWorkflow(
  saveCartRecoverySettingsWorkflowId,
  (input: { settings: OwnerSettingsValue | null }) => new WorkflowResponse(replaceCartRecoverySettingsStep(input))
)
