import { BaseElement } from "./define.js"
import { internalsOf, toggleState } from "./dom.js"
import { localize, type StringTables, type StringVars } from "./i18n.js"

/**
 * The lifecycle every Touchpoints element shares, so a widget writes only what it shows and does:
 * - first connect: an open shadow root filled from `template` once, `attachInternals()` for custom states, then
 *   `setup()` (wire the tree's own listeners);
 * - every connect: the `document` events of `documentEvents()` are followed until disconnect, then `sync()`;
 * - disconnect: those listeners go, and so does everything `watch()`ed (visibility observers and the like);
 * - an observed attribute that really changed (after the first connect): `attributeChanged(name)`, by default
 *   `sync()` again;
 * - `beginLoad()` numbers loads, so an answer that comes after a newer load started is dropped;
 * - `text(key)` is `localize()` over the element's string tables (`configure({ strings })` overrides first).
 * It renders only into its shadow root and never changes its host element (safe for React hydration).
 */
export abstract class TouchpointsElement<K extends string = never> extends BaseElement {
  /** The shadow tree's markup (styles included), set once on first connect. */
  protected abstract readonly template: string
  /** The texts this element shows, by language. */
  protected readonly strings: StringTables<K> = {}
  /** The shadow root, once connected. */
  protected root: ShadowRoot | null = null
  /** For custom states (`:state(name)`); null where unsupported. */
  protected internals: ElementInternals | null = null
  #load = 0
  #following: [string, EventListener][] = []
  #watching: (() => void)[] = []

  connectedCallback(): void {
    this.build()
    this.#following = Object.entries(this.documentEvents())
    for (const [type, listener] of this.#following) document.addEventListener(type, listener)
    this.sync()
  }

  disconnectedCallback(): void {
    for (const [type, listener] of this.#following) document.removeEventListener(type, listener)
    this.#following = []
    this.unwatch()
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (this.root && before !== after) this.attributeChanged(name)
  }

  /** Builds the shadow tree once: on first connect, or earlier when a method needs it. */
  protected build(): ShadowRoot {
    if (this.root) return this.root
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" })
    root.innerHTML = this.template
    this.root = root
    this.internals = internalsOf(this)
    this.setup()
    return root
  }

  /** Once, after the shadow tree is built: wire its listeners, set its fixed texts. */
  protected setup(): void {}

  /** Brings the tree in line with attributes, configuration and data: on every connect and attribute change. */
  protected sync(): void {}

  /** An observed attribute changed after the first connect. */
  protected attributeChanged(_name: string): void {
    this.sync()
  }

  /** `document` events to follow while connected (type → listener; keep the listeners stable). */
  protected documentEvents(): Record<string, EventListener> {
    return {}
  }

  /** The first node of the shadow tree with `part` `name`, or null. */
  protected shadowPart<E extends HTMLElement = HTMLElement>(name: string): E | null {
    return this.root?.querySelector<E>(`[part~="${name}"]`) ?? null
  }

  /** Sets the text of part `name` (a status or error line; "" clears it). */
  protected say(name: string, text: string): void {
    const node = this.shadowPart(name)
    if (node) node.textContent = text
  }

  /** Adds or removes custom state `name` (`tp-x:state(name)`). */
  protected state(name: string, on: boolean): void {
    toggleState(this.internals, name, on)
  }

  /** Of mutually exclusive custom states, turns on `current` and the others off. */
  protected states(all: readonly string[], current: string): void {
    for (const name of all) this.state(name, name === current)
  }

  /** Starts a load; the returned check is true while no newer load has started. */
  protected beginLoad(): () => boolean {
    const load = ++this.#load
    return () => load === this.#load
  }

  /** Keeps `stop` to run on `unwatch()` (the next load) or disconnect. */
  protected watch(stop: () => void): void {
    this.#watching.push(stop)
  }

  /** Runs and forgets every `watch()`ed stop. */
  protected unwatch(): void {
    for (const stop of this.#watching) stop()
    this.#watching = []
  }

  /** The element's text `key` in the configured locale, `{name}` placeholders filled from `vars`. */
  protected text(key: K, vars?: StringVars): string {
    return localize(this.strings, key, vars)
  }
}
