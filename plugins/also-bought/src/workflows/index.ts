export * from "./count-order"
export * from "./uncount-order"
