import { createTouchpointsProxy } from "@touchpoints/widgets/next"
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "@/lib/config"

// The widgets' calls, passed on to Medusa with the customer's token from the httpOnly `_medusa_jwt` cookie.
export const { GET, POST, DELETE } = createTouchpointsProxy({
  backendUrl: process.env.MEDUSA_BACKEND_URL || MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
})

export const dynamic = "force-dynamic"
