import { registerPersonalData } from "@touchpoints/core/lib/personal-data"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

/** This plugin's part of a person's export and erasure, run by core's workflow (see its repositories/personal-data.ts). */
registerPersonalData("feedback", {
  export: ({ container, subject }) => container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).personalDataOf(subject),
  erase: ({ container, subject }) =>
    container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).erasePersonalData(subject),
})
