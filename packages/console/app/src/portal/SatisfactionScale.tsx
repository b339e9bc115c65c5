import type { WidgetProps } from '../shared/form/SchemaForm.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import type { UiKey } from '../shared/i18n/strings.js';

/** Best first, as `SATISFACTION_LEVELS` of @onecase/governance lists them (a test holds the texts equal). */
export const SATISFACTION_SCORES = [5, 4, 3, 2, 1] as const;

/**
 * The five satisfaction levels as a radio group whose every option says in words what it
 * means (非常满意 … 非常不满意, with what each implies), in place of a bare 1–5 number.
 */
export function SatisfactionScale(props: WidgetProps) {
  const { t } = useI18n();
  return (
    <fieldset
      class={`choices satisfaction field${props.error ? ' field-invalid' : ''}`}
      id={props.id}
      tabIndex={-1}
      aria-describedby={[`${props.id}-hint`, props.error ? `${props.id}-error` : '']
        .filter(Boolean)
        .join(' ')}
      aria-invalid={props.error ? 'true' : undefined}
      data-testid="satisfaction"
    >
      <legend>{t('rate.legend')}</legend>
      <p class="hint" id={`${props.id}-hint`}>
        {t('rate.hint')}
      </p>
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {SATISFACTION_SCORES.map((score) => {
        const optionId = `${props.id}-${score}`;
        return (
          <div class="choice" key={score}>
            <input
              type="radio"
              id={optionId}
              name={props.id}
              value={String(score)}
              checked={props.draft === String(score)}
              required
              onChange={() => props.set(String(score))}
            />
            <label for={optionId}>
              <strong>{t(`rate.${score}` as UiKey)}</strong>{' '}
              <span class="muted">{t(`rate.${score}.hint` as UiKey)}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
