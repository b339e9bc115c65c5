// The shared foundation of the portal and the console: API client, i18n, times, live updates, forms.
export { AnnouncerProvider, type Announce, useAnnounce } from './Announcer.js';
export {
  type ApiClient,
  type ApiClientOptions,
  type CaseEvent,
  type CasePage,
  type CaseQuery,
  type CaseView,
  type Citizen,
  createApiClient,
  type ServiceDescriptor,
  type WriteOptions,
} from './apiClient.js';
export { ApiError, type FieldIssue, isApiError, type Problem } from './apiError.js';
export { caseQueryParams } from './caseQueryParams.js';
export { readConfig } from './readConfig.js';
export { errorText } from './errorText.js';
export { formatDate, formatDateTime, formatDuration } from './formatTime.js';
export {
  type Choice,
  type FieldKind,
  type FieldModel,
  fieldModel,
  type JsonSchema,
  labelledSchema,
} from './form/fieldModel.js';
export { type Draft, initialDraft, readDraft } from './form/formDraft.js';
export { fieldLabel, issueText } from './form/issueText.js';
export { SchemaForm, type SchemaFormProps, type Widget, type WidgetProps } from './form/SchemaForm.js';
export { type I18n, I18nProvider, useI18n } from './i18n/I18nProvider.js';
export { initialLocale, type Translate, translator, uiLocaleOf } from './i18n/locale.js';
export { type ServiceText, serviceText, statePaths } from './i18n/serviceText.js';
export { UI_LOCALES, UI_STRINGS, type UiKey, type UiLocale } from './i18n/strings.js';
export { type LiveListeners, type LiveStatus, openLiveStream } from './liveStream.js';
export { type LiveCase, useLiveCase, useLiveStream } from './useLiveCase.js';
export { LanguageSwitch } from './LanguageSwitch.js';
export { SkipLink } from './SkipLink.js';
