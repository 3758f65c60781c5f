import { model } from "@medusajs/framework/utils"

/** A product of a surveyed order, kept with the survey so reports group answers by product and category. */
export const SurveyProduct = model
  .define("tp_fb_survey_product", {
    id: model.id({ prefix: "tpfbp" }).primaryKey(),
    survey_id: model.text(),
    product_id: model.text().nullable(),
    title: model.text(),
    handle: model.text().nullable(),
    thumbnail: model.text().nullable(),
    /** Its place in the order (first line first). */
    rank: model.number().default(0),
  })
  // a survey lists each product once (the report counts a survey once per product)
  .indexes([{ on: ["survey_id", "product_id"], unique: true }, { on: ["product_id"] }])
