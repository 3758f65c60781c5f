import { registerPersonalData } from "@touchpoints/core/lib"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

const days = (count: number, now: Date) => new Date(now.getTime() - count * 86_400_000)

/**
 * Feedback's part of a person's export and erasure (surveys, their products, owner alerts), run by core's
 * workflow, and of core's retention (`retention.surveyCommentsDays` clears old comments).
 */
registerPersonalData("feedback", {
  export: ({ container, subject }) => container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).personalDataOf(subject),
  erase: ({ container, subject }) =>
    container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).erasePersonalData(subject),
  retain: async ({ container, policy, now }): Promise<Record<string, number>> => {
    if (policy.surveyCommentsDays === null) return {}
    const service = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
    return { survey_comments: await service.clearCommentsBefore(days(policy.surveyCommentsDays, now)) }
  },
})
