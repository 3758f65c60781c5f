import { type SigningKeys, signToken, verifyLegacyToken, verifyToken } from "@touchpoints/core/lib"

const DAY_MS = 86_400_000
const SURVEY_ID = /^tpfb_[A-Za-z0-9]+$/

/**
 * The token in a survey's links: the survey id, signed for the "survey" purpose, expiring `linkDays` after it
 * was made. It works for that survey (and so its order) only.
 */
export function signFeedbackToken(keys: SigningKeys, surveyId: string, linkDays: number, now = new Date()): string {
  return signToken(keys, "survey", [surveyId], { expiresAt: new Date(now.getTime() + linkDays * DAY_MS) })
}

export type FeedbackTokenCheck = { ok: true; surveyId: string } | { ok: false; reason: "invalid" | "expired" }

/**
 * The survey id of a survey token. `expired`: authentic but past its time (the page says the survey has
 * closed). Links mailed by the 0.1 releases (`fb.<survey>.<signature>`) still open their survey: the survey's
 * own answer window bounds them, so they keep their meaning until it closes.
 */
export function verifyFeedbackToken(keys: SigningKeys, token: string, now = new Date()): FeedbackTokenCheck {
  const checked = verifyToken(keys, "survey", token, 1, now)
  if (checked.ok) {
    return SURVEY_ID.test(checked.parts[0])
      ? { ok: true, surveyId: checked.parts[0] }
      : { ok: false, reason: "invalid" }
  }
  if (checked.reason === "expired") return checked
  const legacy = verifyLegacyToken(keys, token, 2)
  return legacy?.[0] === "fb" && SURVEY_ID.test(legacy[1])
    ? { ok: true, surveyId: legacy[1] }
    : { ok: false, reason: "invalid" }
}
