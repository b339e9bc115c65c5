import type { VNode } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isApiError } from '../apiError.js';
import { useAnnounce } from '../Announcer.js';
import { errorText } from '../errorText.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { draftAt, fieldId, pathKey, setDraftAt } from './draftPath.js';
import { type Choice, type FieldModel, fieldModel, type JsonSchema } from './fieldModel.js';
import { type Draft, initialDraft, readDraft } from './formDraft.js';
import { SchemaField } from './SchemaField.js';
import { issueText } from './issueText.js';

/** What a custom control for one field receives (the portal's satisfaction scale is one). */
export interface WidgetProps {
  id: string;
  model: FieldModel;
  label: string;
  required: boolean;
  draft: Draft | undefined;
  set(value: Draft): void;
  /** The ids of the hint and error, for `aria-describedby`. */
  describedBy: string | undefined;
  error: string | undefined;
}

/** A custom control for a field, by the field's path (`score`, `address.district`). */
export type Widget = (props: WidgetProps) => VNode;

/** Props of `SchemaForm`. */
export interface SchemaFormProps {
  /** Prefix of every element id; unique in the page. */
  id: string;
  /** An object JSON Schema whose properties carry their labels as `title` (see `labelledSchema`). */
  schema: JsonSchema;
  submitLabel: string;
  /** Sends the checked value; an `ApiError` with field issues is shown on the fields. */
  onSubmit(value: Record<string, unknown>): Promise<void>;
  onCancel?: () => void;
  widgets?: Record<string, Widget>;
  /** The text of an enum value (the raw value when this gives nothing). */
  choiceLabel?: (path: string, choice: Choice) => string | undefined;
  /** Whether the form resets to empty after a successful submit (default true). */
  resetOnSuccess?: boolean;
}

interface Shown {
  /** Field errors by path key. */
  fields: Record<string, string>;
  /** Every message, in form order, with the id of the field it belongs to. */
  summary: { text: string; target?: string }[];
}

const NOTHING: Shown = { fields: {}, summary: [] };

/**
 * A form generated from a JSON Schema: text, long text, numbers, whole numbers, yes/no,
 * choices (radios up to five, a list beyond), dates, lists with add and remove (a list of
 * objects too), nested groups. Every control has a `<label for>`; a field in error gets
 * `aria-invalid` and its message through `aria-describedby`; the errors are summarised at the
 * top, focused and announced. Errors are the form's own checks and the server's field issues,
 * both in plain words.
 *
 * @example
 * ```tsx
 * <SchemaForm id="file" schema={labelledSchema(service.input, text.field)} submitLabel={t('file.submit')}
 *   onSubmit={async (input) => setView(await api.open(service.id, input))} />
 * ```
 */
export function SchemaForm(props: SchemaFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  // By content: a caller may build the schema on every render (and relabel it when the language
  // changes) without the visitor losing what she typed. A form for another schema needs a new `key`.
  const schemaText = JSON.stringify(props.schema);
  const root = useMemo(() => fieldModel(props.schema), [schemaText]);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(root));
  const [shown, setShown] = useState<Shown>(NOTHING);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const focusAfter = useRef<string | undefined>(undefined);

  // Moved before the browser paints, so a keystroke right after "add" lands in the new item.
  useLayoutEffect(() => {
    if (focusAfter.current === undefined) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = undefined;
  });

  const show = (issues: Parameters<typeof issueText>[0][], sent: unknown, extra: string[] = []) => {
    const fields: Record<string, string> = {};
    const list: Shown['summary'] = [];
    for (const issue of issues) {
      const key = pathKey(issue.path);
      if (fields[key] !== undefined) continue;
      const text = issueText(issue, root, t, sent);
      const target = issue.path.length > 0 ? fieldId(props.id, issue.path) : undefined;
      if (issue.path.length > 0) fields[key] = text;
      list.push({ text, ...(target ? { target } : {}) });
    }
    for (const text of extra) list.push({ text });
    setShown({ fields, summary: list });
    announce(t('form.errorAnnounce', { count: list.length, first: list[0]?.text ?? '' }), 'assertive');
    // After the summary renders, focus it so keyboard and screen-reader users land on it.
    setTimeout(() => summary.current?.focus(), 0);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const { value, issues } = readDraft(root, draft);
    if (issues.length > 0) return show(issues, undefined);
    setBusy(true);
    try {
      await props.onSubmit(value as Record<string, unknown>);
      setShown(NOTHING);
      if (props.resetOnSuccess !== false) setDraft(initialDraft(root));
    } catch (error) {
      if (isApiError(error, 'INVALID_INPUT') && error.issues.length > 0) show(error.issues, value);
      else show([], value, [errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const context = {
    formId: props.id,
    draft,
    errors: shown.fields,
    set: (path: (string | number)[], value: Draft) => setDraft((before) => setDraftAt(before, path, value)),
    focus: (id: string) => {
      focusAfter.current = id;
    },
    widgets: props.widgets ?? {},
    choiceLabel: props.choiceLabel,
    t,
  };

  return (
    <form class="schema-form" id={props.id} onSubmit={submit} noValidate data-testid={`form-${props.id}`}>
      {shown.summary.length > 0 && (
        <section
          class="error-summary"
          ref={summary}
          tabIndex={-1}
          aria-labelledby={`${props.id}-summary-title`}
          data-testid="error-summary"
        >
          <h3 id={`${props.id}-summary-title`}>{t('form.errorSummary', { count: shown.summary.length })}</h3>
          <ul>
            {shown.summary.map((item) => (
              <li key={item.text}>
                {item.target ? (
                  <a
                    href={`#${item.target}`}
                    onClick={(click) => {
                      click.preventDefault();
                      document.getElementById(item.target!)?.focus();
                    }}
                  >
                    {item.text}
                  </a>
                ) : (
                  item.text
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(root.properties ?? []).map((property) => (
        <SchemaField
          key={property.name}
          context={context}
          model={property.model}
          path={[property.name]}
          required={property.required}
          draft={draftAt(draft, [property.name])}
        />
      ))}
      <div class="form-actions">
        <button type="submit" class="primary" aria-disabled={busy} data-testid={`submit-${props.id}`}>
          {busy ? t('file.submitting') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
