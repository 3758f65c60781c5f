import { registerPersonalData } from "@touchpoints/core/lib"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"

/** The wishlist's part of a person's export and erasure (lists, items, alerts), run by core's workflow. */
registerPersonalData("wishlist", {
  export: ({ container, subject }) => container.resolve<WishlistModuleService>(WISHLIST_MODULE).personalDataOf(subject),
  erase: ({ container, subject }) =>
    container.resolve<WishlistModuleService>(WISHLIST_MODULE).erasePersonalData(subject),
})
