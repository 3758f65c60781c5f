// The few Next.js APIs this entry uses. `next` is the storefront's dependency, not ours: these declarations let
// the entry type-check and emit its own declarations without installing Next.js into the workspace.
declare module "next/cache" {
  export function revalidateTag(tag: string): void
}

declare module "next/headers" {
  interface CookieOptions {
    httpOnly?: boolean
    sameSite?: "strict" | "lax" | "none"
    secure?: boolean
    maxAge?: number
    path?: string
  }
  interface RequestCookies {
    get(name: string): { name: string; value: string } | undefined
    set(name: string, value: string, options?: CookieOptions): void
  }
  export function cookies(): Promise<RequestCookies>
}

declare module "next/navigation" {
  export function useRouter(): { refresh(): void }
  export function usePathname(): string | null
}
