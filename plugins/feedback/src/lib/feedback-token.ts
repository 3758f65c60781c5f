import { signToken, verifyToken } from "@touchpoints/core/lib/signed-token"

/** The token in a survey's links: the survey, signed. It works for that survey (and so its order) only. */
export function signFeedbackToken(secret: string, surveyId: string): string {
  return signToken(secret, ["fb", surveyId])
}

/** The survey id of a token signed with `secret`, or null when forged or malformed. */
export function verifyFeedbackToken(secret: string, token: string): string | null {
  const parts = verifyToken(secret, token, 2)
  return parts?.[0] === "fb" && parts[1].startsWith("tpfb_") ? parts[1] : null
}
