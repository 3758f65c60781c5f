// Types of inbox-client.cjs for the TypeScript tests.
import type { CaughtMessage } from "./mail-catcher.cjs"

export function readInbox(mailUrl?: string): Promise<CaughtMessage[]>
export function newestMessageTo(address: string, mailUrl?: string): Promise<CaughtMessage | null>
