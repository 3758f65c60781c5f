import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { flushGroupCache } from "../../../../lib/group-cache"
import { NEXT_STEPS_MODULE } from "../../../../modules/next-steps"
import type NextStepsModuleService from "../../../../modules/next-steps/service"
import { saveNextStepsGroupSettingsWorkflow } from "../../../../workflows/owner-controls"
import type { PostGroupSettingsType } from "../validators"

/** The group titles (a brand title may hold `{brand}`), sizes and display order in effect. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).groupSettings() })
}

/** Changes some group settings; what is left out stays as it is. */
export async function POST(req: AuthenticatedMedusaRequest<PostGroupSettingsType>, res: MedusaResponse) {
  const current = await req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).groupSettings()
  const { group_order, groups } = req.validatedBody
  const next = {
    group_order: group_order ?? current.group_order,
    groups: {
      similar: { ...current.groups.similar, ...groups?.similar },
      brand: { ...current.groups.brand, ...groups?.brand },
      for_you: { ...current.groups.for_you, ...groups?.for_you },
    },
  }
  const { result } = await saveNextStepsGroupSettingsWorkflow(req.scope).run({ input: next })
  flushGroupCache()
  res.json({ settings: result })
}
