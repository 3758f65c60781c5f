import { combineNotes, planMerge } from "../lib/merge-plan"
import type { ItemRow, WishlistWithItems } from "../lib/types"

let sequence = 0
const itemOf = (variant: string, quantity: number, note: string | null = null) =>
  ({ id: `wli_${++sequence}`, variant_id: variant, quantity, note }) as ItemRow
const listOf = (name: string, isDefault: boolean, items: ItemRow[]) =>
  ({ id: `wl_${++sequence}`, name, name_key: name.toLowerCase(), is_default: isDefault, items }) as WishlistWithItems
const plan = (guestLists: WishlistWithItems[], customerLists: WishlistWithItems[], listsPerShopper = 20) =>
  planMerge({ guestLists, customerLists, maxQuantity: 10, listsPerShopper })

describe("planMerge", () => {
  it("should hand the guest's lists over when the customer has none", () => {
    const guestDefault = listOf("Saved for later", true, [itemOf("v1", 1)])
    const gifts = listOf("Gifts", false, [itemOf("v2", 1), itemOf("v3", 1)])
    const result = plan([gifts, guestDefault], [])
    expect(result.reown).toEqual([
      { listId: guestDefault.id, keepDefault: true },
      { listId: gifts.id, keepDefault: false },
    ])
    expect(result.movedItemCount).toBe(3)
    expect(result.deleteLists).toEqual([])
  })

  it("should merge into the default and same-named lists, adding quantities up to the cap and keeping notes", () => {
    const customerTea = itemOf("tea", 8, "mine")
    const customerDefault = listOf("My picks", true, [customerTea])
    const customerGifts = listOf("gifts", false, [])
    const guestTea = itemOf("tea", 5, "guest")
    const guestCup = itemOf("cup", 1)
    const guestDefault = listOf("Saved for later", true, [guestTea, guestCup])
    const guestGiftTea = itemOf("tea", 1)
    const guestGifts = listOf("Gifts", false, [guestGiftTea])
    const result = plan([guestDefault, guestGifts], [customerDefault, customerGifts])

    expect(result.reown).toEqual([])
    expect(result.bumpItems).toEqual([{ itemId: customerTea.id, quantity: 10, note: "mine\nguest" }])
    expect(result.retireItems).toEqual([guestTea.id])
    expect(result.moveItems).toEqual([
      { itemId: guestCup.id, toListId: customerDefault.id },
      { itemId: guestGiftTea.id, toListId: customerGifts.id },
    ])
    expect(result.deleteLists.sort()).toEqual([guestDefault.id, guestGifts.id].sort())
    expect(result.movedItemCount).toBe(3)
  })

  it("should merge into the default list when the customer is at the list limit", () => {
    const customerDefault = listOf("Saved for later", true, [])
    const guestNamed = listOf("Camping", false, [itemOf("tent", 1)])
    const result = plan([guestNamed], [customerDefault], 1)
    expect(result.reown).toEqual([])
    expect(result.moveItems).toEqual([{ itemId: guestNamed.items[0].id, toListId: customerDefault.id }])
  })
})

describe("combineNotes", () => {
  it("should keep both different notes, one of equal notes, and cap the length", () => {
    expect(combineNotes("a", "b")).toBe("a\nb")
    expect(combineNotes("a", "a")).toBe("a")
    expect(combineNotes(null, "b")).toBe("b")
    expect(combineNotes("a", null)).toBe("a")
    expect(combineNotes("x".repeat(400), "y".repeat(400))).toHaveLength(500)
  })
})
