// DOM helpers of the demo pages. Text children are always text nodes: API data never becomes markup.
import { formatMoney } from "./widgets/touchpoints.js"

/** Builds an element: `on*` props are listeners, known properties are set, anything else is an attribute. */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value)
    else if (key in node && key !== "list") node[key] = value
    else node.setAttribute(key, value === true ? "" : String(value))
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined))
  return node
}

/** Replaces the page's <main> content. */
export function show(...nodes) {
  document.querySelector("main").replaceChildren(...nodes.filter((node) => node !== null && node !== undefined))
}

export function notice(text, kind = "info") {
  return h("p", { className: `notice notice-${kind}`, role: kind === "error" ? "alert" : "status" }, text)
}

export function price(variant) {
  const calculated = variant?.calculated_price
  if (!calculated || calculated.calculated_amount == null) return ""
  return formatMoney(calculated.calculated_amount, calculated.currency_code)
}

/** The product's cheapest priced variant. */
export function cheapest(product) {
  const priced = (product.variants ?? []).filter((variant) => variant.calculated_price?.calculated_amount != null)
  priced.sort((a, b) => a.calculated_price.calculated_amount - b.calculated_price.calculated_amount)
  return priced[0]
}
