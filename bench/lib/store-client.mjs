// JSON calls to a running store's API with its publishable key, failing loudly on anything but 2xx.

/** @param {string} baseUrl @param {string} publishableKey */
export function storeClient(baseUrl, publishableKey) {
  return async function call(path, { method = "GET", headers = {}, body } = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : null
  }
}
