// @touchpoints/core/admin-kit: what every Touchpoints admin page and widget shares (docs/plugin-anatomy.md#admin).
// react, @medusajs/ui, @medusajs/js-sdk and @tanstack/react-query stay outside the built kit: the dashboard's
// own copies, so the kit's queries run on the dashboard's QueryClient.
export { BarChart } from "./charts/bar-chart"
export { Figure } from "./charts/figure"
export { LineChart } from "./charts/line-chart"
export { type AdminApiError, type AdminRequest, adminFetch, ifInstalled, sdk } from "./client"
export {
  type AdminQueryOptions,
  type Loaded,
  loadedValue,
  loadProblem,
  useAdminGet,
  useAdminMutation,
  useAdminQuery,
  useInvalidate,
} from "./queries"
export { Field, TextField } from "./ui/field"
export { Figures } from "./ui/figures"
export { NumberSelect, PeriodSelect } from "./ui/number-select"
export { PageTitle } from "./ui/page-title"
export { Pager } from "./ui/pager"
export { ProblemText } from "./ui/problem-text"
export { TableHead } from "./ui/table-head"
