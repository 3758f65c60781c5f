import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/** Creates an admin user with an emailpass identity, logs in for real and returns the auth headers. */
export async function adminHeaders(container: MedusaContainer, api: Api, email = "owner@touchpoints.test") {
  const password = "supersecret"
  const [user] = await container.resolve(Modules.USER).createUsers([{ email }])
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  await auth.updateAuthIdentities({ id: authIdentity?.id as string, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
