export const defaultAdminBrandFields = [
  "id",
  "name",
  "handle",
  "description",
  "logo_url",
  "metadata",
  "created_at",
  "updated_at",
]

export const retrieveBrandQueryConfig = {
  defaults: defaultAdminBrandFields,
  isList: false,
}

export const listBrandsQueryConfig = {
  ...retrieveBrandQueryConfig,
  defaultLimit: 20,
  isList: true,
}
