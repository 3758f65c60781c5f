import type { Metadata } from "next"

export const metadata: Metadata = { title: "Shared wishlist", robots: { index: false } }

type Props = { searchParams: Promise<{ token?: string }> }

/** The page a wishlist's share link opens: the list read-only. */
export default async function SharedWishlistPage(props: Props) {
  const { token } = await props.searchParams
  return (
    <section className="page">
      {token ? (
        <tp-wishlist share-token={token} product-url-template="/products/{handle}" />
      ) : (
        <p>This link has no wishlist in it.</p>
      )}
    </section>
  )
}
