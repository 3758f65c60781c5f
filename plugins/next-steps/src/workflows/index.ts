export * from "./owner-controls"
export * from "./reconcile-catalog-memory"
export * from "./remember-products"
