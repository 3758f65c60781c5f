// `@touchpoints/core/medusa-tables`: the only place in the suite that reads Medusa's own tables in SQL (see README.md).

export * from "./carts"
export * from "./customers"
export * from "./medusa-db"
export * from "./orders"
export * from "./products"
export * from "./promotions"
export * from "./tested-medusa"
