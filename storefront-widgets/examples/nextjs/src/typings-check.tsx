// Not a route: compiled by `tsc --noEmit` only. Each @ts-expect-error must meet an error, so the check fails if the
// <tp-*> typings ever turn into `any` (or go missing, as React 18 style typings do under React 19).

export const typingsCheck = (
  <>
    {/* @ts-expect-error an attribute the element does not have (TypeScript checks only dash-free names for this) */}
    <tp-bundle product-id="prod_1" region-id="reg_1" handle="kettle" />
    {/* @ts-expect-error a declared attribute's value is checked */}
    <tp-also-bought product-id="prod_1" limit={{ max: 4 }} />
    {/* @ts-expect-error "region-id" is required: bundles are priced */}
    <tp-bundle product-id="prod_1" />
    {/* @ts-expect-error "line-item-id" is required */}
    <tp-save-for-later cart-id="cart_1" />
    {/* @ts-expect-error "variant-id" is required */}
    <tp-wishlist-button product-id="prod_1" />
    {/* @ts-expect-error not a placement */}
    <tp-offer placement="checkout" />
    {/* @ts-expect-error camelCase is not an attribute of the element */}
    <tp-feedback-survey orderId="order_1" />
    <tp-also-bought product-id="prod_1" region-id="reg_1" limit={4} />
  </>
)
