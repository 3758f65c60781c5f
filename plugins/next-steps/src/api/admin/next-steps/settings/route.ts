import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEXT_STEPS_MODULE } from "../../../../modules/next-steps"
import type NextStepsModuleService from "../../../../modules/next-steps/service"
import { saveNextStepsGroupSettingsWorkflow } from "../../../../workflows/save-group-settings"
import type { PostGroupSettingsType } from "../validators"

/** The group titles (a brand title may hold `{brand}`), sizes and display order in effect. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).groupSettings() })
}

/** Changes some group settings; what is left out stays as it is (the workflow merges and flushes the cache). */
export async function POST(req: AuthenticatedMedusaRequest<PostGroupSettingsType>, res: MedusaResponse) {
  const { result } = await saveNextStepsGroupSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
