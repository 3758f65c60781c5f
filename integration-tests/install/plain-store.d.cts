// Types of plain-store.cjs for the TypeScript test.
export const ROOT: string
export function exec(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }
): Promise<string>
export function medusaPatches(): Promise<{ lowest: string; highest: string }>
export function preparePlainStore(dir: string, medusaVersion: string): Promise<void>
export function storeManifest(medusaVersion: string): {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
} & Record<string, unknown>
