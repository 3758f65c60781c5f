import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEXT_STEPS_MODULE } from "../../../../../../modules/next-steps"
import type NextStepsModuleService from "../../../../../../modules/next-steps/service"
import type { CurationRow } from "../../../../../../modules/next-steps/service"
import { setNextStepsCurationsWorkflow } from "../../../../../../workflows/set-curations"
import type { PostCurationsType } from "../../../validators"

function view(rows: Pick<CurationRow, "group" | "target_id" | "action" | "position">[]) {
  const of = (action: CurationRow["action"]) =>
    rows
      .filter((row) => row.action === action)
      .sort((a, b) => a.position - b.position)
      .map((row) => ({ group: row.group, product_id: row.target_id }))
  return { pins: of("pin"), exclusions: of("exclude") }
}

/** The owner's pins (first in their group, in this order) and exclusions for a product page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rows = await req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).curationsFor(req.params.id)
  res.json({ product_id: req.params.id, ...view(rows.filter((row) => row.product_id === req.params.id)) })
}

/** Replaces the page's pins and exclusions as a whole (send empty lists to clear them). */
export async function POST(req: AuthenticatedMedusaRequest<PostCurationsType>, res: MedusaResponse) {
  const { pins, exclusions } = req.validatedBody
  const rows = [
    ...pins.map((pin, position) => ({ group: pin.group, target_id: pin.product_id, action: "pin" as const, position })),
    ...exclusions.map((row) => ({
      group: row.group,
      target_id: row.product_id,
      action: "exclude" as const,
      position: 0,
    })),
  ]
  await setNextStepsCurationsWorkflow(req.scope).run({ input: { product_id: req.params.id, rows } })
  res.json({ product_id: req.params.id, ...view(rows) })
}
