import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCuration } from "../../../curation-handlers"

/** Unpins a companion (the statistics decide its place again). */
export const DELETE = (req: MedusaRequest, res: MedusaResponse) => removeCuration(req, res, "pin")
