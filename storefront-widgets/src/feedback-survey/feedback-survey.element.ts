import { h } from "../runtime/dom.js"
import { emit } from "../runtime/events.js"
import {
  answerFeedbackSurvey,
  type FeedbackAnswers,
  type FeedbackSurvey,
  fetchFeedbackSurvey,
  fetchOrderFeedbackSurvey,
} from "../runtime/feedback.js"
import { type FeedbackStringKey, feedbackTables } from "../runtime/feedback-strings.js"
import { formatDate } from "../runtime/format.js"
import { TouchpointsElement } from "../runtime/touchpoints-element.js"
import { feedbackSurveyStyles } from "./feedback-survey.styles.js"

const TEMPLATE = `
<style>${feedbackSurveyStyles}</style>
<section part="panel">
  <p part="status" role="status" aria-live="polite"></p>
  <form part="form" hidden novalidate>
    <p part="order"></p>
    <fieldset part="nps">
      <legend part="question"></legend>
      <div class="scale"></div>
      <div class="ends" aria-hidden="true"><span></span><span></span></div>
    </fieldset>
    <div part="follow-up" hidden>
      <label class="question" part="follow-up-question" for="comment"></label>
      <textarea id="comment" part="comment" rows="3" maxlength="2000" aria-describedby="hint"></textarea>
      <p id="hint" class="muted"></p>
      <fieldset part="effort">
        <legend part="effort-question"></legend>
        <div class="scale"></div>
        <div class="ends" aria-hidden="true"><span></span><span></span></div>
      </fieldset>
      <button part="button" type="submit"></button>
    </div>
  </form>
</section>`

type State = "empty" | "loading" | "open" | "done" | "closed" | "error"
const STATES: readonly State[] = ["empty", "loading", "open", "done", "closed", "error"]

/**
 * The post-purchase survey (NPS 0-10, then the follow-up question for the score's band and the effort
 * question, CES 1-5 where 1 is very little effort). A score is saved the moment it is chosen; the comment and
 * the effort score with "Send feedback". Answers can be changed until the survey's `editable_until`.
 * Native radio groups and labels: arrow keys move between scores, every control has a screen-reader name.
 *
 * @tag tp-feedback-survey
 * @attr token - the survey token (default: read from the URL, see `param`)
 * @attr param - the URL parameter holding the token (default "token")
 * @attr order-id - instead of a token: the logged-in customer's order (order confirmation page)
 *
 * @event tp-feedback-answered - `{ survey }`: answers were saved
 * @event tp-error - `{ error }`: a bad link (404), a closed survey (409) or a failed call
 *
 * @csspart panel
 * @csspart status - the live status line
 * @csspart form
 * @csspart order
 * @csspart nps
 * @csspart question
 * @csspart follow-up
 * @csspart follow-up-question
 * @csspart comment
 * @csspart effort
 * @csspart effort-question
 * @csspart button
 * @cssstate empty - no token or order: nothing shown
 * @cssstate loading
 * @cssstate open
 * @cssstate done - answers sent
 * @cssstate closed
 * @cssstate error
 * @cssproperty --tp-feedback-fg
 * @cssproperty --tp-feedback-muted
 * @cssproperty --tp-feedback-bg
 * @cssproperty --tp-feedback-border-color
 * @cssproperty --tp-feedback-choice-bg
 * @cssproperty --tp-feedback-padding
 * @cssproperty --tp-accent-color - shared theme
 * @cssproperty --tp-accent-fg - shared theme
 * @cssproperty --tp-focus-color - shared theme
 * @cssproperty --tp-radius - shared theme
 * @cssproperty --tp-font-family - shared theme
 * @cssproperty --tp-error-color - shared theme
 */
export class TpFeedbackSurveyElement extends TouchpointsElement<FeedbackStringKey> {
  static readonly tag = "tp-feedback-survey"

  static readonly observedAttributes: readonly string[] = ["token", "order-id"]

  protected readonly template = TEMPLATE
  protected override readonly strings = feedbackTables
  #loaded: string | null = null
  #token: string | null = null
  #survey: FeedbackSurvey | null = null
  /** Saves go one after another, so quick changes reach the shop in the order they were made. */
  #saving: Promise<unknown> = Promise.resolve()

  protected override setup(): void {
    this.#form().addEventListener("change", (event) => this.#changed(event))
    this.#form().addEventListener("submit", (event) => {
      event.preventDefault()
      void this.#send()
    })
  }

  protected override sync(): void {
    void this.refresh()
  }

  /** The survey shown, once loaded. */
  get survey(): FeedbackSurvey | null {
    return this.#survey
  }

  /** The token to read: the attribute, else the URL parameter. */
  get token(): string | null {
    const attribute = this.getAttribute("token")
    if (attribute) return attribute
    if (typeof location === "undefined") return null
    return new URLSearchParams(location.search).get(this.getAttribute("param") || "token")
  }

  /** Loads the survey of the token or order (once per source). Resolves when shown; never rejects. */
  async refresh(): Promise<void> {
    const orderId = this.getAttribute("order-id")
    const source = orderId ? `order:${orderId}` : this.token
    if (!source) return this.#state("empty")
    if (source === this.#loaded) return
    this.#loaded = source
    this.#state("loading")
    this.#status(this.text("feedback.loading"))
    try {
      if (orderId) {
        const { token, survey } = await fetchOrderFeedbackSurvey(orderId, this)
        this.#token = token
        this.#render(survey)
      } else {
        this.#token = source
        this.#render(await fetchFeedbackSurvey(source, this))
      }
      this.#status("")
    } catch (error) {
      this.#failed(error)
    }
  }

  #render(survey: FeedbackSurvey): void {
    this.#survey = survey
    const part = (name: string) => this.#part(name)
    const order = part("order")
    order.textContent = survey.order.display_id ? this.text("feedback.order", { number: survey.order.display_id }) : ""
    part("question").textContent = survey.questions.nps
    part("effort-question").textContent = survey.questions.effort
    this.#scale(part("nps"), "nps", survey.scales.nps, survey.answers.nps_score, (score) =>
      this.text("feedback.scoreName", { score })
    )
    this.#scale(part("effort"), "ces", survey.scales.ces, survey.answers.ces_score, (score) => `${score} / 5`)
    const comment = part("comment") as HTMLTextAreaElement
    if (!comment.value) comment.value = survey.answers.comment ?? ""
    const hint = this.root?.getElementById("hint")
    if (hint) hint.textContent = this.text("feedback.followUpHint")
    part("button").textContent = this.text("feedback.send")
    this.#followUp(survey)
    this.#form().hidden = false
    this.#state("open")
  }

  /** Fills a radio group once (min..max, the ends named), and checks the saved answer. */
  #scale(
    fieldset: HTMLElement,
    name: string,
    scale: FeedbackSurvey["scales"]["nps"],
    value: number | null,
    label: (score: number) => string
  ): void {
    const box = fieldset.querySelector(".scale")
    if (box && !box.childElementCount) {
      for (let score = scale.min; score <= scale.max; score++) {
        const end = score === scale.min ? scale.min_label : score === scale.max ? scale.max_label : ""
        const input = h("input", {
          type: "radio",
          name,
          value: score,
          "aria-label": end ? `${label(score)}, ${end}` : label(score),
        })
        box.append(h("label", { class: "choice" }, input, h("span", { "aria-hidden": "true" }, String(score))))
      }
      const [low, high] = fieldset.querySelectorAll(".ends span")
      low.textContent = `${scale.min} = ${scale.min_label}`
      high.textContent = `${scale.max} = ${scale.max_label}`
    }
    for (const input of fieldset.querySelectorAll<HTMLInputElement>("input")) {
      input.checked = value !== null && Number(input.value) === value
    }
  }

  #followUp(survey: FeedbackSurvey): void {
    const followUp = this.#part("follow-up")
    followUp.hidden = !survey.follow_up_question
    this.#part("follow-up-question").textContent = survey.follow_up_question ?? ""
  }

  /** A score is saved as soon as it is picked (as the email's score links do). */
  #changed(event: Event): void {
    const input = event.target as HTMLInputElement
    if (input.name !== "nps") return
    void this.#save({ nps_score: Number(input.value) }, this.text("feedback.saved"))
  }

  async #send(): Promise<void> {
    const form = this.#form()
    const ces = form.querySelector<HTMLInputElement>('input[name="ces"]:checked')
    const comment = (this.#part("comment") as HTMLTextAreaElement).value.trim()
    const answers: FeedbackAnswers = { comment: comment || null }
    if (ces) answers.ces_score = Number(ces.value)
    const button = this.#part("button") as HTMLButtonElement
    button.disabled = true
    button.textContent = this.text("feedback.sending")
    const saved = await this.#save(answers, this.text("feedback.thanks"))
    button.disabled = false
    button.textContent = this.text("feedback.send")
    if (saved) this.#state("done")
  }

  #save(answers: FeedbackAnswers, message: string): Promise<boolean> {
    const saved = this.#saving.then(() => this.#saveNow(answers, message))
    this.#saving = saved
    return saved
  }

  async #saveNow(answers: FeedbackAnswers, message: string): Promise<boolean> {
    if (!this.#token) return false
    try {
      const survey = await answerFeedbackSurvey(this.#token, answers, this)
      this.#survey = survey
      this.#followUp(survey)
      this.#status(survey.editable_until ? `${message} ${this.#changeUntil(survey.editable_until)}` : message)
      this.#state("open")
      emit("tp-feedback-answered", { survey }, this)
      return true
    } catch (error) {
      this.#failed(error)
      return false
    }
  }

  #changeUntil(until: string): string {
    return this.text("feedback.changeUntil", {
      date: formatDate(until, undefined, { dateStyle: "medium", timeStyle: "short" }),
    })
  }

  #failed(error: unknown): void {
    const status = (error as { status?: number }).status
    if (status === 409) {
      // the shop says whether it was answered ("... was answered and can no longer be changed") or expired
      const answered = /answered/.test((error as Error).message) || (this.#survey?.answers.nps_score ?? null) !== null
      this.#status(this.text(answered ? "feedback.answered" : "feedback.closed"))
      this.#form().hidden = true
      this.#state("closed")
      return
    }
    this.#status(
      status === 404
        ? this.text("feedback.invalid")
        : this.text("feedback.error", { message: (error as Error).message })
    )
    if (status === 404) this.#form().hidden = true
    this.#state("error")
  }

  #form(): HTMLFormElement {
    return this.#part("form") as HTMLFormElement
  }

  /** A part the template always has (a missing one is a bug here, not a state to handle). */
  #part(name: string): HTMLElement {
    const found = this.shadowPart(name)
    if (!found) throw new Error(`tp-feedback-survey: part ${name} missing`)
    return found
  }

  #status(message: string): void {
    this.say("status", message)
  }

  #state(current: State): void {
    this.states(STATES, current)
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "tp-feedback-survey": TpFeedbackSurveyElement
  }
}
