// Copy to config.js for local work (config.js is git-ignored; the host store serves its own /demo/config.js).
window.TP_DEMO = {
  backendUrl: "http://localhost:9000",
  publishableKey: "pk_...",
}
