import { escapeHtml, htmlPage } from "@touchpoints/core/lib"

/**
 * Posts the form by itself, marked `automatic`, once the page is visible to a person: not while prerendered or
 * hidden, not under automation (`navigator.webdriver`). Static text: nothing from the request goes in it.
 */
const AUTOMATIC_POST = `<script>
(function () {
  var form = document.getElementById("tp-score");
  var sent = false;
  function post() {
    if (sent || navigator.webdriver || document.prerendering || document.visibilityState !== "visible") return;
    sent = true;
    form.elements.how.value = "automatic";
    document.getElementById("tp-sending").hidden = false;
    form.submit();
  }
  post();
  document.addEventListener("visibilitychange", post);
})();
</script>`

/**
 * The page a score link opens: it records nothing itself. Its form posts the score: by itself in a person's
 * browser, or with the button (always shown, the only way without scripts). `automatic: false` leaves the
 * script out (the person's automatic answer was held back: only the button counts now).
 */
export function scorePage(input: { score: number; shopName: string; automatic: boolean; note?: string }): string {
  const note = input.note ? `<p>${escapeHtml(input.note)}</p>` : ""
  const body = `${note}<p>Your score: <strong>${input.score}</strong> out of 10.</p>
<form method="post" id="tp-score"><input type="hidden" name="how" value="button">
<button type="submit">Send my score (${input.score})</button></form>
<p id="tp-sending" hidden>Sending your score…</p>`
  return htmlPage("Thank you for your answer", input.automatic ? `${body}${AUTOMATIC_POST}` : body, input.shopName)
}

/** A plain page with one message (a bad link, a closed survey). */
export function messagePage(title: string, text: string, shopName: string): string {
  return htmlPage(title, `<p>${escapeHtml(text)}</p>`, shopName)
}
