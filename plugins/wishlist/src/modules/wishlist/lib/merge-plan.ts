import type { ItemRow, WishlistWithItems } from "./types"

export type MergePlan = {
  /** Guest lists that simply change owner (no customer list to merge into). */
  reown: { listId: string; keepDefault: boolean }[]
  /** Guest items moved into a customer list as they are. */
  moveItems: { itemId: string; toListId: string }[]
  /** Customer items that absorb a guest item of the same variant. */
  bumpItems: { itemId: string; quantity: number; note: string | null }[]
  /** Guest items absorbed by a customer item (kept as history with removal "merged"). */
  retireItems: string[]
  /** Guest lists emptied into a customer list. */
  deleteLists: string[]
  movedItemCount: number
}

/** Both notes when they differ, one when they agree, never more than `maxLength` characters. */
export function combineNotes(kept: string | null, added: string | null, maxLength = 500): string | null {
  if (!added || added === kept) return kept
  if (!kept) return added
  return `${kept}\n${added}`.slice(0, maxLength)
}

/**
 * Decides how a guest's lists join a customer's: the guest default list goes into the customer's default,
 * a named list into the customer's list of the same name; anything without a counterpart changes owner
 * (into the default list instead when the customer is at the list limit). Items are de-duplicated by
 * variant: quantities add up (capped), notes are both kept. Pure: the service applies the plan in one
 * transaction.
 */
export function planMerge(input: {
  guestLists: WishlistWithItems[]
  customerLists: WishlistWithItems[]
  maxQuantity: number
  listsPerShopper: number
}): MergePlan {
  const plan: MergePlan = {
    reown: [],
    moveItems: [],
    bumpItems: [],
    retireItems: [],
    deleteLists: [],
    movedItemCount: 0,
  }
  const customerDefault = input.customerLists.find((list) => list.is_default)
  const byName = new Map(input.customerLists.map((list) => [list.name_key, list]))
  let listCount = input.customerLists.length
  let hasDefault = Boolean(customerDefault)

  // default list first, so a guest default claims the customer's default slot before named lists are counted
  const guestLists = [...input.guestLists].sort((a, b) => Number(b.is_default) - Number(a.is_default))
  for (const guest of guestLists) {
    let target = (guest.is_default ? customerDefault : undefined) ?? byName.get(guest.name_key)
    if (!target && listCount >= input.listsPerShopper) target = customerDefault
    if (!target) {
      const keepDefault = guest.is_default && !hasDefault
      hasDefault ||= keepDefault
      plan.reown.push({ listId: guest.id, keepDefault })
      byName.set(guest.name_key, guest)
      listCount += 1
      plan.movedItemCount += guest.items.length
      continue
    }
    mergeItemsInto(plan, guest.items, target, input.maxQuantity)
    plan.deleteLists.push(guest.id)
  }
  return plan
}

function mergeItemsInto(plan: MergePlan, items: ItemRow[], target: WishlistWithItems, maxQuantity: number): void {
  const byVariant = new Map(target.items.map((item) => [item.variant_id, item]))
  for (const item of items) {
    plan.movedItemCount += 1
    const existing = byVariant.get(item.variant_id)
    if (!existing) {
      plan.moveItems.push({ itemId: item.id, toListId: target.id })
      byVariant.set(item.variant_id, item)
      continue
    }
    const bumped = plan.bumpItems.find((bump) => bump.itemId === existing.id)
    const quantity = Math.min(maxQuantity, (bumped?.quantity ?? existing.quantity) + item.quantity)
    const note = combineNotes(bumped?.note ?? existing.note, item.note)
    if (bumped) {
      bumped.quantity = quantity
      bumped.note = note
    } else {
      plan.bumpItems.push({ itemId: existing.id, quantity, note })
    }
    plan.retireItems.push(item.id)
  }
}
