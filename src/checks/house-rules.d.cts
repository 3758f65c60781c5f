type Read = (file: string) => string
export function sqlTables(sql: string, ctes?: Set<string>): string[]
export function checkSqlOwnership(files: string[], read: Read): string[]
export function checkCoreImports(files: string[], read: Read, exportsField: Record<string, unknown>): string[]
export function checkIds(files: string[], read: Read): string[]
export function checkJobNames(files: string[], read: Read): string[]
export function checkModuleNames(files: string[], read: Read): string[]
