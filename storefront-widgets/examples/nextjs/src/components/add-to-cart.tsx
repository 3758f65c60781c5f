import type { HttpTypes } from "@medusajs/types"
import { addToCartForm } from "@/lib/data/cart"

function inStock(variant: HttpTypes.StoreProductVariant): boolean {
  return !variant.manage_inventory || Boolean(variant.allow_backorder) || (variant.inventory_quantity ?? 0) > 0
}

/** The product page's add-to-cart form: a server action, so it works before (and without) JavaScript. */
export function AddToCart({ variant }: { variant: HttpTypes.StoreProductVariant }) {
  const available = inStock(variant)
  return (
    <form action={addToCartForm} className="add-to-cart">
      <input type="hidden" name="variant_id" value={variant.id} />
      <label>
        Quantity <input type="number" name="quantity" defaultValue={1} min={1} max={10} />
      </label>
      <button type="submit" disabled={!available}>
        {available ? "Add to cart" : "Sold out"}
      </button>
    </form>
  )
}
