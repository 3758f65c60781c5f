export * from "./record-email-consent"
export * from "./retry-due-emails"
export * from "./send-email"
export * from "./types"
