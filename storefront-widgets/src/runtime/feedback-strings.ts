import type { StringTables } from "./i18n.js"

/** The texts of `<tp-feedback-survey>` (questions come from the shop's API; these are the widget's own). */
export const feedbackEn = {
  "feedback.loading": "Loading the survey…",
  "feedback.order": "Your order #{number}",
  "feedback.score": "{score}",
  "feedback.scoreName": "{score} out of 10",
  "feedback.followUpHint": "Optional: a sentence or two helps us most.",
  "feedback.send": "Send feedback",
  "feedback.sending": "Sending…",
  "feedback.saved": "Thank you! Your score is saved.",
  "feedback.thanks": "Thank you for your feedback!",
  "feedback.changeUntil": "You can change your answers until {date}.",
  "feedback.answered": "Thank you: this survey was answered and can no longer be changed.",
  "feedback.closed": "This survey has closed.",
  "feedback.invalid": "This survey link is not valid.",
  "feedback.error": "Your answer could not be saved: {message}",
}

export type FeedbackStringKey = keyof typeof feedbackEn

export const feedbackDe: Record<FeedbackStringKey, string> = {
  "feedback.loading": "Umfrage wird geladen…",
  "feedback.order": "Ihre Bestellung #{number}",
  "feedback.score": "{score}",
  "feedback.scoreName": "{score} von 10",
  "feedback.followUpHint": "Optional: ein, zwei Sätze helfen uns am meisten.",
  "feedback.send": "Feedback senden",
  "feedback.sending": "Wird gesendet…",
  "feedback.saved": "Danke! Ihre Bewertung ist gespeichert.",
  "feedback.thanks": "Vielen Dank für Ihr Feedback!",
  "feedback.changeUntil": "Sie können Ihre Antworten bis {date} ändern.",
  "feedback.answered": "Danke: Diese Umfrage wurde beantwortet und kann nicht mehr geändert werden.",
  "feedback.closed": "Diese Umfrage ist beendet.",
  "feedback.invalid": "Dieser Umfrage-Link ist nicht gültig.",
  "feedback.error": "Ihre Antwort konnte nicht gespeichert werden: {message}",
}

/** Built-in tables by language code (pass to `localize`). */
export const feedbackTables: StringTables<FeedbackStringKey> = { en: feedbackEn, de: feedbackDe }
