import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listBrandsQueryConfig, retrieveBrandQueryConfig } from "./query-config"
import {
  AdminBrandProducts,
  AdminCreateBrand,
  AdminGetBrandParams,
  AdminGetBrandsParams,
  AdminUpdateBrand,
} from "./validators"

/** Spread into plugins/core/src/api/middlewares.ts. Admin auth is applied by Medusa to every /admin route. */
export const adminBrandsMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/brands",
    middlewares: [validateAndTransformQuery(AdminGetBrandsParams, listBrandsQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/brands",
    middlewares: [
      validateAndTransformBody(AdminCreateBrand),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/brands/:id",
    middlewares: [validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/brands/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateBrand),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/brands/:id/products",
    middlewares: [
      validateAndTransformBody(AdminBrandProducts),
      validateAndTransformQuery(AdminGetBrandParams, retrieveBrandQueryConfig),
    ],
  },
]
