import request from "supertest"

/** What a shop owner sets up in a new store's admin before shoppers come: the parts the touchpoints use. */
export type PlainShop = {
  adminToken: string
  publishableKey: string
  regionId: string
  productId: string
  variantId: string
}

type Answer = { status: number; body: Record<string, unknown>; text: string; headers: Record<string, string> }

/** Fails with the route and Medusa's answer, not a bare status mismatch. */
export function expectStatus(answer: Answer, wanted: number[], what: string): Answer {
  if (!wanted.includes(answer.status)) {
    throw new Error(`${what}: expected ${wanted.join(" or ")}, got ${answer.status}: ${answer.text.slice(0, 500)}`)
  }
  return answer
}

/** Logs in as the admin made with `medusa user` and creates a region, a sales channel, its key and a product. */
export async function setUpShop(baseUrl: string, admin: { email: string; password: string }): Promise<PlainShop> {
  const api = request(baseUrl)
  const login = expectStatus(await api.post("/auth/user/emailpass").send(admin), [200], "admin login")
  const adminToken = login.body.token as string
  const post = async (path: string, body: unknown) =>
    expectStatus(
      await api
        .post(path)
        .set("authorization", `Bearer ${adminToken}`)
        .send(body as object),
      [200],
      path
    ).body

  const channel = (await post("/admin/sales-channels", { name: "Web shop" })).sales_channel as { id: string }
  const region = (await post("/admin/regions", { name: "Europe", currency_code: "eur", countries: ["de"] })).region as {
    id: string
  }
  const key = (await post("/admin/api-keys", { title: "Storefront", type: "publishable" })).api_key as {
    id: string
    token: string
  }
  await post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  const product = (
    await post("/admin/products", {
      title: "Plain Tea",
      status: "published",
      options: [{ title: "Size", values: ["100 g"] }],
      variants: [
        {
          title: "100 g",
          options: { Size: "100 g" },
          manage_inventory: false,
          prices: [{ amount: 12, currency_code: "eur" }],
        },
      ],
      sales_channels: [{ id: channel.id }],
    })
  ).product as { id: string; variants: { id: string }[] }
  return {
    adminToken,
    publishableKey: key.token,
    regionId: region.id,
    productId: product.id,
    variantId: product.variants[0].id,
  }
}
