/**
 * Calls `callback` once, when `ratio` of `element` has come into view (IntersectionObserver); returns a function
 * that stops watching. Where there is no IntersectionObserver nothing is called.
 */
export function onceVisible(element: Element, callback: () => void, ratio = 0.5): () => void {
  if (typeof IntersectionObserver === "undefined") return () => {}
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      callback()
    },
    { threshold: ratio }
  )
  observer.observe(element)
  return () => observer.disconnect()
}
