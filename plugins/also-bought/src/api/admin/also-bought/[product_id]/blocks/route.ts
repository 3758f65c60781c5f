import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCuration } from "../../curation-handlers"
import type { PostBlockType } from "../../validators"

/** Blocks a companion: never shown for this product, also not as a fallback or in a bundle. */
export const POST = (req: MedusaRequest<PostBlockType>, res: MedusaResponse) => addCuration(req, res, "block")
