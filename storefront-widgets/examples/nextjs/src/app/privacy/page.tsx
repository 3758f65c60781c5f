import type { Metadata } from "next"

export const metadata: Metadata = { title: "Privacy" }

export default function PrivacyPage() {
  return (
    <section className="page">
      <h1>Privacy</h1>
      <p>
        With your consent we count page views and product views to show you better recommendations and offers. Choose
        &ldquo;Necessary only&rdquo; and nothing is tracked.
      </p>
    </section>
  )
}
