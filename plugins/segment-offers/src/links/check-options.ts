// Lives in links/ (it defines no link): Medusa imports every plugin's links/ files before `medusa db:migrate`
// migrates anything (module loaders do not run there), so a wrong option stops the command before any table.
import { checkPluginOptions } from "@touchpoints/core/lib"
import { parseSegmentOffersOptions } from "../modules/segment-offers/options"

checkPluginOptions("@touchpoints/segment-offers", __dirname, parseSegmentOffersOptions)
