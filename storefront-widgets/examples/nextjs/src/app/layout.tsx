import type { Metadata } from "next"
import Link from "next/link"
import type { ReactNode } from "react"
import { Touchpoints } from "@/components/touchpoints"
import { isSignedIn } from "@/lib/data/cookies"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Touchpoints shop", template: "%s | Touchpoints shop" },
  description: "Medusa storefront with the Touchpoints widgets",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = await isSignedIn()
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Touchpoints shop
          </Link>
          <nav aria-label="Shop">
            <Link href="/account">{signedIn ? "Account" : "Log in"}</Link>
            <Link href="/cart">Cart</Link>
          </nav>
        </header>
        <main>{children}</main>
        <footer className="site-footer">
          <Link href="/privacy">Privacy</Link>
        </footer>
        <tp-consent privacy-url="/privacy" />
        <Touchpoints signedIn={signedIn} />
      </body>
    </html>
  )
}
