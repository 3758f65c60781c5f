export * from "./count-order"
export * from "./rebuild-statistics"
export * from "./uncount-order"
