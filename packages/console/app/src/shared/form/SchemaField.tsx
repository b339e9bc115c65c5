import type { Translate } from '../i18n/locale.js';
import { fieldId, pathKey } from './draftPath.js';
import type { Choice, FieldModel } from './fieldModel.js';
import { type Draft, initialDraft } from './formDraft.js';
import type { Widget } from './SchemaForm.js';

/** What every field of one form shares. */
export interface FieldContext {
  formId: string;
  errors: Record<string, string>;
  set(path: (string | number)[], value: Draft): void;
  focus(id: string): void;
  widgets: Record<string, Widget>;
  choiceLabel: ((path: string, choice: Choice) => string | undefined) | undefined;
  t: Translate;
}

interface FieldProps {
  context: FieldContext;
  model: FieldModel;
  path: (string | number)[];
  required: boolean;
  draft: Draft | undefined;
  /** The label when the model has none (a list item). */
  label?: string;
}

/** Choices shown as radio buttons up to this many; a select beyond. */
const RADIO_LIMIT = 5;

function LabelText(props: { label: string; required: boolean; t: Translate }) {
  return (
    <>
      {props.label}
      {!props.required && <span class="optional">{props.t('form.optional')}</span>}
    </>
  );
}

function Hint(props: { id: string; hint: string | undefined }) {
  return props.hint ? (
    <p class="hint" id={props.id}>
      {props.hint}
    </p>
  ) : null;
}

function ErrorText(props: { id: string; error: string | undefined }) {
  return props.error ? (
    <p class="field-error" id={props.id} data-testid="field-error">
      {props.error}
    </p>
  ) : null;
}

const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** One field of a generated form, whatever its kind; lists and groups render their children. */
export function SchemaField(props: FieldProps) {
  const { context, model, path, required, draft } = props;
  const { t } = context;
  const id = fieldId(context.formId, path);
  const label = model.label ?? props.label ?? String(path.at(-1) ?? '');
  const error = context.errors[pathKey(path)];
  const hintId = model.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = described(hintId, errorId);
  const set = (value: Draft) => context.set(path, value);
  const text = typeof draft === 'string' ? draft : '';
  const wrapper = `field${error ? ' field-invalid' : ''}`;

  const widget = context.widgets[pathKey(path.filter((step) => typeof step === 'string'))];
  if (widget) {
    return widget({ id, model, label, required, draft, set, describedBy, error });
  }

  if (model.kind === 'group') {
    return (
      <fieldset class={`group ${wrapper}`} aria-describedby={describedBy}>
        <legend>
          <LabelText label={label} required={required} t={t} />
        </legend>
        <Hint id={`${id}-hint`} hint={model.hint} />
        <ErrorText id={`${id}-error`} error={error} />
        {(model.properties ?? []).map((property) => (
          <SchemaField
            key={property.name}
            context={context}
            model={property.model}
            path={[...path, property.name]}
            required={property.required}
            draft={typeof draft === 'object' && !Array.isArray(draft) ? draft[property.name] : undefined}
          />
        ))}
      </fieldset>
    );
  }

  if (model.kind === 'list') {
    const items = Array.isArray(draft) ? draft : [];
    const max = typeof model.schema.maxItems === 'number' ? model.schema.maxItems : Number.POSITIVE_INFINITY;
    const addId = `${id}-add`;
    return (
      <fieldset
        class={`list ${wrapper}`}
        id={id}
        tabIndex={-1}
        aria-describedby={describedBy}
        data-field={pathKey(path)}
      >
        <legend>
          <LabelText label={label} required={required} t={t} />
        </legend>
        <Hint id={`${id}-hint`} hint={model.hint} />
        <ErrorText id={`${id}-error`} error={error} />
        <ol class="list-items">
          {items.map((item, index) => {
            const itemLabel = t('form.item', { label, n: index + 1 });
            return (
              <li key={index} class="list-item">
                <SchemaField
                  context={context}
                  model={{
                    ...model.item!,
                    label: model.item!.label ? `${itemLabel}：${model.item!.label}` : itemLabel,
                  }}
                  path={[...path, index]}
                  required
                  draft={item}
                />
                <button
                  type="button"
                  class="remove"
                  aria-label={`${t('form.remove')} ${itemLabel}`}
                  onClick={() => {
                    set(items.filter((_, other) => other !== index));
                    const next = index < items.length - 1 ? index : index - 1;
                    context.focus(next >= 0 ? fieldId(context.formId, [...path, next]) : addId);
                  }}
                >
                  {t('form.remove')}
                </button>
              </li>
            );
          })}
        </ol>
        {items.length < max && (
          <button
            type="button"
            id={addId}
            class="add"
            aria-label={t('form.addTo', { label })}
            onClick={() => {
              set([...items, initialDraft(model.item!)]);
              context.focus(fieldId(context.formId, [...path, items.length]));
            }}
          >
            + {t('form.add')}
          </button>
        )}
      </fieldset>
    );
  }

  if (model.kind === 'boolean') {
    return (
      <div class={`${wrapper} checkbox`}>
        <input
          type="checkbox"
          id={id}
          checked={draft === true}
          onChange={(event) => set((event.currentTarget as HTMLInputElement).checked)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
        />
        <label for={id}>
          <LabelText label={label} required={required} t={t} />
        </label>
        <Hint id={`${id}-hint`} hint={model.hint} />
        <ErrorText id={`${id}-error`} error={error} />
      </div>
    );
  }

  if (model.kind === 'choice') {
    const choices = model.choices ?? [];
    const choiceText = (choice: Choice) =>
      context.choiceLabel?.(pathKey(path), choice) ?? choice.label ?? String(choice.value);
    if (choices.length <= RADIO_LIMIT) {
      return (
        <fieldset
          class={`choices ${wrapper}`}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          id={id}
          tabIndex={-1}
        >
          <legend>
            <LabelText label={label} required={required} t={t} />
          </legend>
          <Hint id={`${id}-hint`} hint={model.hint} />
          <ErrorText id={`${id}-error`} error={error} />
          {choices.map((choice, index) => {
            const optionId = `${id}-${index}`;
            return (
              <div class="choice" key={String(choice.value)}>
                <input
                  type="radio"
                  id={optionId}
                  name={id}
                  value={String(choice.value)}
                  checked={text === String(choice.value)}
                  required={required}
                  onChange={() => set(String(choice.value))}
                />
                <label for={optionId}>{choiceText(choice)}</label>
              </div>
            );
          })}
        </fieldset>
      );
    }
    return (
      <div class={wrapper}>
        <label for={id}>
          <LabelText label={label} required={required} t={t} />
        </label>
        <Hint id={`${id}-hint`} hint={model.hint} />
        <ErrorText id={`${id}-error`} error={error} />
        <select
          id={id}
          value={text}
          onChange={(event) => set((event.currentTarget as HTMLSelectElement).value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          aria-required={required ? 'true' : undefined}
        >
          <option value="">{t('form.choose')}</option>
          {choices.map((choice) => (
            <option key={String(choice.value)} value={String(choice.value)}>
              {choiceText(choice)}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const common = {
    id,
    value: text,
    onInput: (event: Event) => set((event.currentTarget as HTMLInputElement).value),
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? ('true' as const) : undefined,
  };
  const inputMode = model.kind === 'integer' ? 'numeric' : model.kind === 'number' ? 'decimal' : undefined;
  return (
    <div class={wrapper}>
      <label for={id}>
        <LabelText label={label} required={required} t={t} />
      </label>
      <Hint id={`${id}-hint`} hint={model.hint} />
      <ErrorText id={`${id}-error`} error={error} />
      {model.kind === 'longText' ? (
        <textarea {...common} rows={4} />
      ) : model.kind === 'date' ? (
        <input {...common} type="date" />
      ) : model.kind === 'datetime' ? (
        <input {...common} type="datetime-local" />
      ) : (
        <input {...common} type="text" inputMode={inputMode} autocomplete="off" />
      )}
    </div>
  );
}
