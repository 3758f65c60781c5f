// Types of guide-blocks.cjs for the TypeScript test.
export type GuideBlock = { kind: "run"; code: string } | { kind: "file"; path: string; code: string }
export function guideBlocks(markdownFile: string): GuideBlock[]
