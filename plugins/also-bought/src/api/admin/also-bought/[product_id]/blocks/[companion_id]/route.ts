import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCuration } from "../../../curation-handlers"

/** Unblocks a companion. */
export const DELETE = (req: MedusaRequest, res: MedusaResponse) => removeCuration(req, res, "block")
