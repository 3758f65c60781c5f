import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

export const ADMIN_EMAIL = "admin@touchpoints.local"
export const ADMIN_PASSWORD = "supersecret"

/** The shop owner's login, made the way `medusa user -e -p` makes it (super admin role when RBAC is on). */
export async function writeAdmin({ container }: SeedContext) {
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)
  if ((await userService.listUsers({ email: ADMIN_EMAIL })).length) {
    return { email: ADMIN_EMAIL, created: false }
  }

  let roles: string[] = []
  if (FeatureFlag.isFeatureEnabled("rbac")) {
    const rbac = container.resolve(Modules.RBAC)
    roles = (await rbac.listRbacRoles({ id: "role_super_admin" })).map((r) => r.id)
  }
  const {
    result: [user],
  } = await createUsersWorkflow(container).run({
    input: { users: [{ email: ADMIN_EMAIL, first_name: "Shop", last_name: "Owner", roles }] },
  })
  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
  if (error || !authIdentity) {
    throw new Error(`seed: could not register ${ADMIN_EMAIL}: ${error}`)
  }
  await authService.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return { email: ADMIN_EMAIL, created: true }
}
