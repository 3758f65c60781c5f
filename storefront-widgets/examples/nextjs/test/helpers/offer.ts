import type { Page } from "playwright-core"
import {
  createRunOffer,
  pauseOtherOffers,
  type RunOffer,
  resumeOffers,
  retireRunOffer,
} from "../../../../test/helpers/offers"
import { returningVisits } from "../../../../test/helpers/visitor-clock"
import { APP } from "./shop"

/**
 * This run's offer for the enclosing describe: made (every other offer paused, so it is the one shown) before its
 * tests, retired and the others resumed after. Returns the getter the tests read it with.
 */
export function useRunOffer(): () => RunOffer {
  let run: RunOffer | undefined
  let paused: string[] = []
  beforeAll(async () => {
    run = await createRunOffer()
    paused = await pauseOtherOffers(run)
  })
  afterAll(async () => {
    await resumeOffers(paused)
    await retireRunOffer(run)
  })
  return () => {
    if (!run) throw new Error("the run's offer was not created")
    return run
  }
}

/**
 * Makes the page's shopper a member of the run's segment, as a returning visitor: lands with the run's UTM medium,
 * accepts analytics in the consent banner (the held landing view is stored), then two more visits (the history moved two hours back before each,
 * since the backend counts visits by its own clock). Every event goes through the shop's route handler.
 */
export async function becomeMember(page: Page, medium: string): Promise<void> {
  await page.goto(`${APP}/?utm_medium=${medium}`)
  const consent = page.waitForResponse((answer) => answer.url().endsWith("/api/touchpoints/store/touchpoints/consent"))
  // the landing's page view, held until consent: it must be stored before the history is moved back, or it lands
  // after the move and the first two visits count as one
  const held = page.waitForResponse((answer) => answer.url().endsWith("/api/touchpoints/store/touchpoints/events"))
  await page.getByRole("button", { name: "Accept all" }).click()
  await consent
  const landing = await held
  if (!landing.ok()) throw new Error(`the landing's events were refused: ${landing.status()} ${await landing.text()}`)
  const events = page.waitForResponse((answer) => answer.url().endsWith("/api/touchpoints/store/touchpoints/events"))
  await returningVisits(page, 2, medium)
  const answer = await events
  if (!answer.ok()) throw new Error(`the events were refused: ${answer.status()} ${await answer.text()}`)
}
