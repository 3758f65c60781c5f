import { Button, Checkbox, FocusModal, Heading, Input, Label, Switch, Text, Textarea } from "@medusajs/ui"
import { adminFetch, ProblemText } from "@touchpoints/core/admin-kit"
import { type ReactNode, useState } from "react"
import { formValuesOf, type OfferFormValues, offerBody, PLACEMENTS, type Placement } from "../lib/offer-form-values"
import type { OfferRecord, SegmentRecord } from "../lib/types"
import { NativeSelect } from "./native-select"
import { OfferPreview, type PreviewedOffer } from "./offer-preview"
import { type PromotionChoice, PromotionPicker } from "./promotion-picker"

type Props = {
  /** The offer to edit; null for a new one. */
  offer: OfferRecord | null
  segments: SegmentRecord[]
  currency: string
  onClose: () => void
  onSaved: () => void
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  )
}

const toggled = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item))

/** Creates or edits an offer in a focus modal, with its content previewed live beside the form. */
export function OfferForm({ offer, segments, currency, onClose, onSaved }: Props) {
  const [values, setValues] = useState<OfferFormValues>(() => formValuesOf(offer, currency))
  const [picked, setPicked] = useState<PromotionChoice | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof OfferFormValues>(key: K, value: OfferFormValues[K]) =>
    setValues((old) => ({ ...old, [key]: value }))
  const text = (key: keyof OfferFormValues) => ({
    id: `tp-offer-${key}`,
    value: values[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as never),
  })

  const previewed: PreviewedOffer = {
    name: values.name,
    content: {
      headline: values.headline || "Your headline",
      text: values.text || null,
      image_url: /^https?:\/\//.test(values.image_url) ? values.image_url : null,
      cta_label: values.cta_label || null,
      cta_url: values.cta_url || null,
    },
    promotion:
      !offer && values.promotion_mode === "new"
        ? {
            code: values.code || "CODE",
            type: values.type,
            value: Number(values.value) || 0,
            currency_code: values.currency_code,
          }
        : picked
          ? {
              code: picked.code,
              type: picked.application_method?.type ?? "percentage",
              value: picked.application_method?.value ?? null,
              currency_code: picked.application_method?.currency_code ?? null,
            }
          : (offer?.promotion ?? null),
  }

  const save = async () => {
    setSaving(true)
    setProblem(null)
    try {
      const path = offer ? `/admin/offers/${offer.id}` : "/admin/offers"
      await adminFetch(path, { method: "POST", body: offerBody(values, !offer) })
      onSaved()
    } catch (error) {
      setProblem((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const budget = offer?.promotion?.campaign?.budget
  return (
    <FocusModal open onOpenChange={(open) => !open && onClose()}>
      <FocusModal.Content aria-describedby={undefined}>
        <form
          aria-label={offer ? `Edit offer ${offer.name}` : "New offer"}
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            void save()
          }}
        >
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button type="button" size="small" variant="secondary">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={saving}>
                Save offer
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 gap-x-8 overflow-y-auto px-8 py-6">
            <div className="flex max-w-xl flex-1 flex-col gap-y-4">
              <FocusModal.Title asChild>
                <Heading level="h2">{offer ? `Edit offer ${offer.name}` : "New offer"}</Heading>
              </FocusModal.Title>
              <ProblemText size="small" problem={problem} />
              <Field id="tp-offer-name" label="Name (for you)">
                <Input {...text("name")} required />
              </Field>
              <Heading level="h3">Content</Heading>
              <Field id="tp-offer-headline" label="Headline">
                <Input {...text("headline")} required maxLength={200} />
              </Field>
              <Field id="tp-offer-text" label="Text (optional)">
                <Textarea {...text("text")} maxLength={1000} />
              </Field>
              <Field id="tp-offer-image_url" label="Image URL (optional)">
                <Input {...text("image_url")} type="url" />
              </Field>
              <div className="grid grid-cols-2 gap-x-2">
                <Field id="tp-offer-cta_label" label="Button label (optional)">
                  <Input {...text("cta_label")} maxLength={60} />
                </Field>
                <Field id="tp-offer-cta_url" label="Button link (optional)">
                  <Input {...text("cta_url")} />
                </Field>
              </div>
              <Heading level="h3">Promotion</Heading>
              {!offer && (
                <fieldset aria-label="Promotion source" className="flex gap-x-4">
                  {(["new", "existing"] as const).map((mode) => (
                    <label key={mode} className="txt-compact-small flex items-center gap-x-2">
                      <input
                        type="radio"
                        name="tp-offer-promotion-mode"
                        checked={values.promotion_mode === mode}
                        onChange={() => set("promotion_mode", mode)}
                      />
                      {mode === "new" ? "Create a new promotion" : "Use an existing promotion"}
                    </label>
                  ))}
                </fieldset>
              )}
              {!offer && values.promotion_mode === "new" ? (
                <div className="grid grid-cols-2 gap-2">
                  <Field id="tp-offer-code" label="Code">
                    <Input {...text("code")} required />
                  </Field>
                  <Field id="tp-offer-type" label="Discount type">
                    <NativeSelect
                      id="tp-offer-type"
                      value={values.type}
                      onChange={(event) => set("type", event.target.value as OfferFormValues["type"])}
                    >
                      <option value="percentage">Percentage off</option>
                      <option value="fixed">Fixed amount off</option>
                    </NativeSelect>
                  </Field>
                  <Field id="tp-offer-value" label={values.type === "percentage" ? "Percent off" : "Amount off"}>
                    <Input {...text("value")} type="number" min={0} step="any" required />
                  </Field>
                  {values.type === "fixed" && (
                    <Field id="tp-offer-currency_code" label="Currency">
                      <Input {...text("currency_code")} maxLength={3} required />
                    </Field>
                  )}
                  <Field id="tp-offer-usage_limit" label="Budget: uses in all (optional)">
                    <Input {...text("usage_limit")} type="number" min={1} />
                  </Field>
                </div>
              ) : (
                <PromotionPicker
                  selected={values.promotion_id}
                  onSelect={(promotion) => {
                    set("promotion_id", promotion.id)
                    setPicked(promotion)
                  }}
                />
              )}
              {offer && (
                <Text size="small" data-testid="tp-offer-budget">
                  Budget:{" "}
                  {budget?.limit != null
                    ? `${budget.used} of ${budget.limit} (${budget.type}) used`
                    : offer.promotion?.usage
                      ? `${offer.promotion.usage.used} of ${offer.promotion.usage.limit} uses`
                      : "no limit"}
                </Text>
              )}
              <Heading level="h3">Who and when</Heading>
              <fieldset className="flex flex-col gap-y-1">
                <legend className="txt-compact-small-plus mb-1">Segments</legend>
                {segments.map((segment) => (
                  <div key={segment.id} className="flex items-center gap-x-2">
                    <Checkbox
                      id={`tp-offer-segment-${segment.id}`}
                      checked={values.segment_ids.includes(segment.id)}
                      onCheckedChange={(on) => set("segment_ids", toggled(values.segment_ids, segment.id, on === true))}
                    />
                    <Label htmlFor={`tp-offer-segment-${segment.id}`}>{segment.name}</Label>
                  </div>
                ))}
              </fieldset>
              <fieldset className="flex gap-x-4">
                <legend className="txt-compact-small-plus mb-1">Placements</legend>
                {PLACEMENTS.map((placement: Placement) => (
                  <div key={placement} className="flex items-center gap-x-2">
                    <Checkbox
                      id={`tp-offer-placement-${placement}`}
                      checked={values.placements.includes(placement)}
                      onCheckedChange={(on) => set("placements", toggled(values.placements, placement, on === true))}
                    />
                    <Label htmlFor={`tp-offer-placement-${placement}`}>{placement}</Label>
                  </div>
                ))}
              </fieldset>
              <div className="grid grid-cols-3 gap-2">
                <Field id="tp-offer-priority" label="Priority">
                  <Input {...text("priority")} type="number" min={-1000} max={1000} />
                </Field>
                <Field id="tp-offer-starts_at" label="Starts (optional)">
                  <Input {...text("starts_at")} type="datetime-local" />
                </Field>
                <Field id="tp-offer-ends_at" label="Ends (optional)">
                  <Input {...text("ends_at")} type="datetime-local" />
                </Field>
              </div>
              <div className="flex items-center gap-x-2">
                <Switch id="tp-offer-active" checked={values.active} onCheckedChange={(on) => set("active", on)} />
                <Label htmlFor="tp-offer-active">Active (off: paused, shown to nobody)</Label>
              </div>
              <div className="flex items-center gap-x-2">
                <Switch
                  id="tp-offer-once"
                  checked={values.once_per_shopper}
                  onCheckedChange={(on) => set("once_per_shopper", on)}
                />
                <Label htmlFor="tp-offer-once">
                  Once per shopper (one order per customer and per email address; keep it on when the segment rests on
                  browser-reported facts)
                </Label>
              </div>
            </div>
            <aside aria-label="Live preview" className="sticky top-0 flex w-96 flex-col gap-y-2 self-start">
              <Heading level="h3">Preview</Heading>
              <OfferPreview offer={previewed} />
            </aside>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
