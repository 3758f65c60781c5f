/** The shopper's lists (`<tp-wishlist>`), with share links to this storefront's `/wishlist` page. */
export function Wishlist({ cartId, regionId }: { cartId: string | undefined; regionId: string }) {
  return (
    <tp-wishlist
      cart-id={cartId}
      region-id={regionId}
      product-url-template="/products/{handle}"
      share-url-template="/wishlist?token={token}"
    />
  )
}
