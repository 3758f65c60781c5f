// The mail catcher's two HTML pages. Message html is shown in a sandboxed iframe (no scripts, no same origin).

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

const STYLE = `<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de}iframe{width:100%;height:70vh;border:1px solid #d0d7de}
pre{white-space:pre-wrap;background:#f6f8fa;padding:1rem}</style>`

function renderInbox(messages) {
  const rows = messages
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.date.slice(0, 19).replace("T", " "))}</td><td>${escapeHtml(m.to.join(", "))}</td>` +
        `<td><a href="/messages/${m.id}">${escapeHtml(m.subject || "(no subject)")}</a></td></tr>`
    )
    .join("")
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Touchpoints mail catcher</title>
<meta http-equiv="refresh" content="10">${STYLE}</head><body><h1>Inbox (${messages.length})</h1>
<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${
    rows || '<tr><td colspan="3">No messages yet.</td></tr>'
  }</tbody></table></body></html>`
}

function renderMessage(message) {
  const headers = Object.entries(message.headers)
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join("")
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title>
${STYLE}</head><body><p><a href="/">&larr; Inbox</a></p><h1>${escapeHtml(message.subject)}</h1>
<h2>HTML part</h2><iframe sandbox title="HTML part" srcdoc="${escapeHtml(message.html)}"></iframe>
<h2>Text part</h2><pre>${escapeHtml(message.text)}</pre>
<h2>Headers</h2><table>${headers}</table></body></html>`
}

module.exports = { renderInbox, renderMessage }
