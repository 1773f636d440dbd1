// Render helpers of <press-contact-form>: one field with its label, hint, error and count; the
// error summary. Markup only: state and events stay in the element.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { FieldValue, FormField } from '../../form/validators.js';

/** The id of a field's control inside the shadow root (a name may hold any character). */
export const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, '_')}`;

export interface FieldView {
  t: Translation;
  value: FieldValue | undefined;
  error: string | undefined;
  /** Shown under the control (the topic's recipient, the privacy link) and read with it when it has an id. */
  after?: TemplateResult;
  afterId?: string;
}

function control(field: FormField, view: FieldView, id: string, describedBy: string | undefined) {
  const value = view.value;
  const text = typeof value === 'string' ? value : '';
  const invalid = view.error ? 'true' : nothing;
  const described = describedBy || nothing;
  switch (field.type) {
    case 'textarea':
      return html`<textarea class="control" part="input" id=${id} name=${field.name} rows="8" .value=${text}
        aria-invalid=${invalid} aria-describedby=${described}></textarea>`;
    case 'select':
      return html`<select class="control" part="input" id=${id} name=${field.name} aria-invalid=${invalid} aria-describedby=${described}>
        <option value="">${view.t.choose}</option>
        ${(field.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
      </select>`;
    case 'checkbox':
      return html`<input type="checkbox" part="input" id=${id} name=${field.name} .checked=${value === true}
        aria-invalid=${invalid} aria-describedby=${described} />`;
    default:
      return html`<input class="control" part="input" type=${field.type} id=${id} name=${field.name} .value=${text}
        autocomplete=${field.autocomplete ?? nothing} spellcheck=${field.type === 'text' ? nothing : 'false'}
        aria-invalid=${invalid} aria-describedby=${described} />`;
  }
}

/** The GOV.UK order: label, hint, error, control (a checkbox: error, then box and label). */
export function renderField(field: FormField, view: FieldView): TemplateResult {
  const { t, error } = view;
  const id = fieldId(field.name);
  const count = field.maxLength ? `${id}-count` : undefined;
  const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`, view.afterId, count].filter(Boolean).join(' ');
  const label = html`<label for=${id} part="label">${field.label}${field.required
      ? nothing
      : html` <span class="optional">(${t.optional})</span>`}</label>`;
  const hint = field.hint ? html`<p class="hint" id="${id}-hint" part="hint">${field.hint}</p>` : nothing;
  const message = error
    ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>`
    : nothing;
  let counter: TemplateResult | typeof nothing = nothing;
  if (field.maxLength) {
    const left = field.maxLength - String(view.value ?? '').length;
    counter = html`<p class="count ${left < 0 ? 'count--over' : ''}" id=${count!} part="count">
      ${left < 0 ? t.charactersOver(-left) : t.charactersLeft(left)}
    </p>`;
  }
  const box = control(field, view, id, describedBy);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    ${field.type === 'checkbox' ? html`${message}<div class="check">${box}${label}</div>${hint}` : html`${label}${hint}${message}${box}`}
    ${view.after ?? nothing}${counter}
  </div>`;
}

export interface SummaryEntry {
  /** The field to link to; undefined for a server message about a field the form does not have. */
  name?: string;
  message: string;
}

/** The error summary: a heading and a link to each problem; the element focuses it on a failed submit. */
export function renderSummary(t: Translation, entries: SummaryEntry[], follow: (event: Event, name: string) => void): TemplateResult {
  return html`<div class="panel summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2>${t.errorSummary}</h2>
      <ul>
        ${entries.map(({ name, message }) =>
          html`<li>${name ? html`<a href="#${fieldId(name)}" @click=${(event: Event) => follow(event, name)}>${message}</a>` : message}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}
