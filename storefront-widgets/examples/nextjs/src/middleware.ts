import { type NextRequest, NextResponse } from "next/server"

const CACHE_ID = "_medusa_cache_id"

/**
 * Gives each browser a cache id (the starter's `_medusa_cache_id`: its cached cart, customer and orders are
 * tagged `<tag>-<cache id>`), and passes the path on as `x-pathname` for the product page's not-found view.
 * The country-code routing of the starter is left out: this shop sells in one region.
 */
export function middleware(request: NextRequest): NextResponse {
  const existing = request.cookies.get(CACHE_ID)?.value
  const cacheId = existing || crypto.randomUUID()
  // the page rendered for this very request already sees the new id
  if (!existing) request.cookies.set(CACHE_ID, cacheId)
  const headers = new Headers(request.headers)
  headers.set("x-pathname", request.nextUrl.pathname)
  const response = NextResponse.next({ request: { headers } })
  if (!existing) {
    response.cookies.set(CACHE_ID, cacheId, {
      maxAge: 60 * 60 * 24,
      httpOnly: true,
      sameSite: "strict",
      secure: process.env.NODE_ENV === "production" && process.env.TP_INSECURE_COOKIES !== "1",
      path: "/",
    })
  }
  return response
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
}
