import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SaveConsentPolicyInput, saveConsentPolicyStep } from "./steps/save-consent-policy"

export const saveConsentPolicyWorkflowId = "touchpoints-core-save-consent-policy"

/** The owner chooses which flows count a guest's opt-in at once (single opt-in), in the admin. */
export const saveConsentPolicyWorkflow = createWorkflow(
  saveConsentPolicyWorkflowId,
  (input: SaveConsentPolicyInput) => new WorkflowResponse(saveConsentPolicyStep(input))
)
