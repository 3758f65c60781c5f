import { defineMiddlewares } from "@medusajs/framework/http"
import { unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { EmptyBody, GetAdminRules, GetAlsoBoughtStats, PostBlock, PostPin } from "./admin/also-bought/validators"
import { GetAlsoBought, GetBundle, GetCartAlsoBought, PostCartBundle } from "./store/validators"

export default defineMiddlewares({
  routes: [
    { methods: ["GET"], matcher: "/store/products/:id/also-bought", middlewares: [validateQuery(GetAlsoBought)] },
    { methods: ["GET"], matcher: "/store/carts/:id/also-bought", middlewares: [validateQuery(GetCartAlsoBought)] },
    { methods: ["GET"], matcher: "/store/products/:id/bundle", middlewares: [validateQuery(GetBundle)] },
    { methods: ["POST"], matcher: "/store/carts/:id/bundles", middlewares: [validateBody(PostCartBundle)] },
    { methods: ["POST"], matcher: "/admin/also-bought/rebuild", middlewares: [validateBody(EmptyBody)] },
    { methods: ["GET"], matcher: "/admin/also-bought/stats", middlewares: [validateQuery(GetAlsoBoughtStats)] },
    {
      methods: ["GET"],
      matcher: "/admin/also-bought/:product_id",
      middlewares: [unlessReserved(validateQuery(GetAdminRules), ["stats"])],
    },
    { methods: ["POST"], matcher: "/admin/also-bought/:product_id/pins", middlewares: [validateBody(PostPin)] },
    { methods: ["POST"], matcher: "/admin/also-bought/:product_id/blocks", middlewares: [validateBody(PostBlock)] },
  ],
})
