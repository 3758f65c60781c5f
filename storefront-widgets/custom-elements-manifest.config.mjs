// @custom-elements-manifest/analyzer: what `npm run reference` reads (the elements and their JSDoc).
export default {
  globs: ["src/*/*.element.ts"],
  outdir: ".",
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it on every run
  packagejson: false,
}
