export * from "./record-cart-activity"
export * from "./record-cart-recovery"
export * from "./record-cart-reminder"
export * from "./record-recovery-click"
