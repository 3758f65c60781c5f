import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationService from "./service"

/** `@touchpoints/core/providers/smtp`: register under the notification module's providers (channel "email"). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
