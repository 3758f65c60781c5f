// The demo's signing secret (core's `secret`, TP_SIGNING_SECRET): random, made once per data folder and kept
// there, so no public constant signs the demo's links and a restart keeps links already sent working.
import { createHmac, randomBytes } from "node:crypto"
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"

/** Where the secret of the data folder holding `postgresDir` lives: `.data/signing-secret` by default. */
export function signingSecretFile(postgresDir) {
  return join(dirname(postgresDir), "signing-secret")
}

/**
 * TP_SIGNING_SECRET when set (a real shop, or the tests' own), else the data folder's secret, made on first use
 * (48 random bytes, base64; file mode 0600: only this user may read what signs every link).
 * @returns {{ secret: string, source: "env" | "created" | "kept" }}
 */
export function demoSigningSecret(file, env = process.env) {
  if (env.TP_SIGNING_SECRET) return { secret: env.TP_SIGNING_SECRET, source: "env" }
  try {
    const kept = readFileSync(file, "utf8").trim()
    if (kept.length >= 32) return { secret: kept, source: "kept" }
  } catch (error) {
    if (error.code !== "ENOENT") throw error
  }
  mkdirSync(dirname(file), { recursive: true })
  const secret = randomBytes(48).toString("base64")
  // "wx": never overwrite a secret another start wrote meanwhile; mode applies on creation, chmod for an old umask
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" })
  } catch (error) {
    if (error.code === "EEXIST") return demoSigningSecret(file, env)
    throw error
  }
  chmodSync(file, 0o600)
  return { secret, source: "created" }
}

/**
 * Medusa's own session secrets for the demo (`medusa start` runs in production mode, where Medusa refuses to start
 * without them): JWT_SECRET and COOKIE_SECRET when set, else derived from the data folder's signing secret, so
 * they are random per data folder, need no file of their own and stay the same across restarts (admin and
 * customer sessions survive a restart).
 * @returns {{ JWT_SECRET: string, COOKIE_SECRET: string }}
 */
export function demoSessionSecrets(signingSecret, env = process.env) {
  const derived = (purpose) => createHmac("sha256", signingSecret).update(`touchpoints-demo/${purpose}`).digest("hex")
  return {
    JWT_SECRET: env.JWT_SECRET || derived("jwt-secret"),
    COOKIE_SECRET: env.COOKIE_SECRET || derived("cookie-secret"),
  }
}
