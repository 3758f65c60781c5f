import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const MODULE = join(__dirname, "../signing-secret.mjs")

/** The launcher's secret for the data folder `postgresDir`, from a process of its own (an ES module jest cannot import). */
function secretFor(postgresDir: string, env: Record<string, string> = {}): { secret: string; source: string } {
  const script = `import { demoSigningSecret, signingSecretFile } from ${JSON.stringify(MODULE)}
console.log(JSON.stringify(demoSigningSecret(signingSecretFile(${JSON.stringify(postgresDir)}))))`
  const { TP_SIGNING_SECRET: _ignored, ...clean } = process.env
  return JSON.parse(
    execFileSync("node", ["--input-type=module", "-e", script], { env: { ...clean, ...env } }).toString()
  )
}

describe("the demo's signing secret (npm start)", () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "tp-secret-"))
  })
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it("should make a random secret once per data folder, keep it there readable by this user only, and reuse it", () => {
    const first = secretFor(join(dataDir, "postgres"))
    expect(first.source).toBe("created")
    expect(Buffer.from(first.secret, "base64")).toHaveLength(48)
    const file = join(dataDir, "signing-secret")
    expect(readFileSync(file, "utf8").trim()).toBe(first.secret)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(secretFor(join(dataDir, "postgres"))).toEqual({ secret: first.secret, source: "kept" })
    // another data folder, another secret: no constant signs two demo stores
    const other = mkdtempSync(join(tmpdir(), "tp-secret-"))
    try {
      expect(secretFor(join(other, "postgres")).secret).not.toBe(first.secret)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it("should use TP_SIGNING_SECRET when set and write nothing", () => {
    const given = "a-secret-from-the-environment-0123456789"
    expect(secretFor(join(dataDir, "postgres"), { TP_SIGNING_SECRET: given })).toEqual({ secret: given, source: "env" })
    expect(() => statSync(join(dataDir, "signing-secret"))).toThrow()
  })

  it("should derive Medusa's session secrets from the data folder's secret unless JWT_SECRET and COOKIE_SECRET are set", () => {
    const derive = (secret: string, env: Record<string, string> = {}) => {
      const script = `import { demoSessionSecrets } from ${JSON.stringify(MODULE)}
console.log(JSON.stringify(demoSessionSecrets(${JSON.stringify(secret)}, ${JSON.stringify(env)})))`
      return JSON.parse(execFileSync("node", ["--input-type=module", "-e", script]).toString())
    }
    const one = derive("a".repeat(64))
    expect(one.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(one.COOKIE_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(one.COOKIE_SECRET).not.toBe(one.JWT_SECRET)
    expect(derive("a".repeat(64))).toEqual(one) // the same across restarts
    expect(derive("b".repeat(64)).JWT_SECRET).not.toBe(one.JWT_SECRET) // and per data folder
    expect(derive("a".repeat(64), { JWT_SECRET: "set", COOKIE_SECRET: "also-set" })).toEqual({
      JWT_SECRET: "set",
      COOKIE_SECRET: "also-set",
    })
  })
})
