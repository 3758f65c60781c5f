// The route helpers other plugins share (`@touchpoints/core/api`): validation, visitor ids, rate limits.
export * from "./database-outage-error-handler"
export { visitorIdSchema } from "./fields"
export * from "./rate-limit"
export * from "./rate-limit-subjects"
export * from "./unless-reserved"
export * from "./validate"
export * from "./visitor-id"
