import type { MedusaContainer } from "@medusajs/framework/types"
import { exportPersonalData, type PersonalDataRequest } from "../../../../lib/personal-data"
import { resolvePersonalDataSubject, type SubjectScope } from "../../../../workflows/personal-data/lib/resolve-subject"

/**
 * A person's export as the admin and the store answer it: when, whose ids were searched, and every installed
 * plugin's records under the plugin's name (also-bought and next-steps keep no shopper data and register none).
 */
export async function personalDataExportOf(
  container: MedusaContainer,
  request: PersonalDataRequest,
  scope: SubjectScope
) {
  const subject = await resolvePersonalDataSubject(container, request, scope)
  return {
    exported_at: new Date().toISOString(),
    subject,
    plugins: await exportPersonalData({ container, subject }),
  }
}
