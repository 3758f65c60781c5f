import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCuration } from "../../curation-handlers"
import type { PostPinType } from "../../validators"

/** Pins a companion: shown first (in position order) whenever it is buyable, whatever the statistics say. */
export const POST = (req: MedusaRequest<PostPinType>, res: MedusaResponse) => addCuration(req, res, "pin")
