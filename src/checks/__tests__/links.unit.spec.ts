import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"

const SCRIPT = join(__dirname, "../links.mjs")

/** A git repository of its own holding `files` (path -> text), all tracked. */
function repositoryWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tp-links-"))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  execFileSync("git", ["init", "-q"], { cwd: root })
  execFileSync("git", ["add", "."], { cwd: root })
  return root
}

/** The script's exit code and output over `root`. */
function checkLinks(root: string, ...args: string[]): { status: number | null; output: string } {
  const run = spawnSync("node", [SCRIPT, "--root", root, ...args], { encoding: "utf8" })
  return { status: run.status, output: run.stdout + run.stderr }
}

/** GitHub's slug of `heading`, from the script's own function (an ES module jest cannot import). */
function slugOf(heading: string): string {
  const script = `import { slug } from ${JSON.stringify(SCRIPT)}; process.stdout.write(slug(${JSON.stringify(heading)}))`
  return execFileSync("node", ["--input-type=module", "-e", script], { encoding: "utf8" })
}

describe("check-links (every relative link of every tracked Markdown file)", () => {
  const roots: string[] = []
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true })
  })
  const repo = (files: Record<string, string>) => {
    const root = repositoryWith(files)
    roots.push(root)
    return root
  }

  it("should pass links to tracked files, folders and headings, and skip external links and code", () => {
    const root = repo({
      "README.md": [
        "# Title",
        "See [the guide](docs/guide.md#step-2-migrate), [the plugins](plugins/), [home](https://example.com),",
        "[mail](mailto:a@example.com), [top](#title) and ![a picture](docs/shot.png).",
        "`[not a link](missing.md)`",
        "```md",
        "[also not a link](missing.md)",
        "```",
      ].join("\n"),
      "docs/guide.md": "# Guide\n## Step 2: migrate\nBack to [the start](../README.md).\n",
      "docs/shot.png": "png",
      "plugins/a/README.md": "# A\n",
    })
    const { status, output } = checkLinks(root)
    expect(output).toContain("0 broken links")
    expect(status).toBe(0)
  })

  it("should list a missing file, a missing heading and a link out of the repository, and exit 1", () => {
    const root = repo({
      "README.md": "# Title\n[gone](docs/gone.md)\n[no heading](docs/guide.md#nowhere)\n[out](../elsewhere.md)\n",
      "docs/guide.md": "# Guide\n",
    })
    const { status, output } = checkLinks(root)
    expect(status).toBe(1)
    expect(output).toContain("README.md:2: docs/gone.md (no such file: docs/gone.md)")
    expect(output).toContain("README.md:3: docs/guide.md#nowhere (no heading #nowhere in docs/guide.md)")
    expect(output).toContain("README.md:4: ../elsewhere.md (outside the repository)")
    expect(output).toContain("3 broken links")
  })

  it("should count a file that exists but is not tracked as missing, unless it is allowed", () => {
    const root = repo({ "README.md": "[reference](widgets/REFERENCE.md)\n" })
    writeFileSync(join(root, "untracked.md"), "# not in git\n")
    expect(checkLinks(root).status).toBe(1)
    const allowed = checkLinks(root, "--allow-missing", "widgets/REFERENCE.md")
    expect(allowed.status).toBe(0)
    expect(allowed.output).toContain("allowed although missing: widgets/REFERENCE.md")
  })

  it("should number repeated headings as GitHub does and accept HTML anchors", () => {
    const root = repo({
      "README.md":
        '# Options\n## Options\n<a id="legacy"></a>\n[1](#options) [2](#options-1) [3](#legacy) [4](#options-2)\n',
    })
    const { status, output } = checkLinks(root)
    expect(status).toBe(1)
    expect(output).toContain("README.md:4: #options-2 (no heading #options-2 in README.md)")
    expect(output).toContain("1 broken link")
  })

  it("should make GitHub's slugs", () => {
    expect(slugOf("`@touchpoints/core` plugin options")).toBe("touchpointscore-plugin-options")
    expect(slugOf("Consent: a ledger and precedence rules")).toBe("consent-a-ledger-and-precedence-rules")
    expect(slugOf("Consent: `<tp-consent>`")).toBe("consent-tp-consent")
    expect(slugOf("Personal data: export, erasure, retention")).toBe("personal-data-export-erasure-retention")
    expect(slugOf("1. Get the packages")).toBe("1-get-the-packages")
    expect(slugOf("The [install](install.md) guide")).toBe("the-install-guide")
    expect(slugOf("Workflows and events")).toBe("workflows-and-events")
  })
})
