// Render helper of <press-contact-form>: one field with its label, hint, error and count. Markup
// only: state and events stay in the element.
import { html, isServer, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ContactFormTexts } from '../../i18n/translation.js';
import type { FieldValue, FormField } from '../../form/validators.js';

/** The id of a field's control inside the shadow root (a name may hold any character). */
export const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, '_')}`;

/**
 * The GOV.UK order: label, hint, error, control (a checkbox: error, then box and label). `after` is
 * shown under the control (the topic's recipient, the privacy link) and read with it when it has an id.
 */
export function renderField(
  t: ContactFormTexts,
  { name, type, label, hint, required, maxLength, autocomplete, options }: FormField,
  value: FieldValue = '',
  error?: string,
  after?: unknown,
  afterId?: string,
): TemplateResult {
  const id = fieldId(name);
  // A server writes a property as an attribute, and checked="false" is a ticked box: there, none.
  const checked = isServer ? nothing : value === true;
  const text = String(value);
  const left = maxLength! - text.length;
  const invalid = error ? 'true' : nothing;
  const described =
    [hint && `${id}-hint`, error && `${id}-error`, afterId, maxLength && `${id}-count`].filter(Boolean).join(' ') ||
    nothing;
  const labelled = html`<label for=${id} part="label">${label} ${required ? '' : html`<span class="optional">(${t.optional})</span>`}</label>`;
  const hinted = hint ? html`<p class="hint" id="${id}-hint" part="hint">${hint}</p>` : '';
  const message = error
    ? html`<p class="error" id="${id}-error" part="error"><span class="visually-hidden">${t.errorPrefix}</span> ${error}</p>`
    : '';
  const control =
    type === 'textarea'
      ? html`<textarea part="input" rows="8" id=${id} name=${name} .value=${text} ?required=${required}
          aria-invalid=${invalid} aria-describedby=${described}></textarea>`
      : type === 'select'
        ? html`<select part="input" id=${id} name=${name} ?required=${required} aria-invalid=${invalid} aria-describedby=${described}>
            <option value="">${t.choose}</option>
            ${options?.map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
          </select>`
        : html`<input part="input" type=${type} id=${id} name=${name} .value=${type === 'checkbox' ? 'yes' : text}
            .checked=${checked} ?required=${required} autocomplete=${autocomplete ?? nothing}
            aria-invalid=${invalid} aria-describedby=${described} />`;
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    ${type === 'checkbox' ? html`${message}<div class="check">${control}${labelled}</div>${hinted}` : html`${labelled}${hinted}${message}${control}`}
    ${after}
    ${
      maxLength
        ? html`<p class="hint count ${left < 0 ? 'over' : ''}" id="${id}-count" part="count">${left < 0 ? t.charactersOver(-left) : t.charactersLeft(left)}</p>`
        : ''
    }
  </div>`;
}
