import { useState } from 'preact/hooks';
import {
  type ApiClient,
  type CaseView,
  type JsonSchema,
  labelledSchema,
  SchemaForm,
  type ServiceDescriptor,
  type ServiceText,
  useAnnounce,
} from '../shared/index.js';
import type { NameOf } from './ConsoleApp.js';
import type { ChartJson, DirectoryJson, StaffMe } from './consoleApi.js';
import { actionsFor } from './staffActions.js';
import { hasConsoleKey, useConsoleText } from './consoleText.js';

const DEPARTMENT_CHOICE = new Set(['lead']);

/**
 * The form of one event's payload, from its JSON Schema: a department handler's own
 * `department` is filled in (and checked again by the server), department fields choose from
 * the directory, a satisfaction score offers its five levels in words.
 */
function actionSchema(
  schema: JsonSchema,
  me: StaffMe,
  directory: DirectoryJson,
  nameOf: NameOf,
  fieldLabel: (name: string) => { label: string; hint?: string },
  scoreLabel: (score: number) => string,
): JsonSchema {
  const properties = { ...((schema.properties ?? {}) as Record<string, JsonSchema>) };
  let required = [...((schema.required ?? []) as string[])];
  if (me.role === 'department-handler' && properties.department) {
    delete properties.department;
    required = required.filter((name) => name !== 'department');
  }
  const departments = directory.departments.map((department) => ({
    const: department.id,
    title: nameOf(department.id),
  }));
  for (const [name, property] of Object.entries(properties)) {
    if (DEPARTMENT_CHOICE.has(name) && departments.length > 0) {
      const { minLength: _min, maxLength: _max, type: _type, ...rest } = property;
      properties[name] = { ...rest, oneOf: departments };
    } else if (name === 'coHandlers' && departments.length > 0 && property.items) {
      properties[name] = { ...property, items: { oneOf: departments } };
    } else if (name === 'score' && property.type === 'integer') {
      properties[name] = {
        ...property,
        oneOf: [5, 4, 3, 2, 1].map((score) => ({ const: score, title: scoreLabel(score) })),
      };
    }
  }
  return labelledSchema({ ...schema, properties, required }, fieldLabel);
}

/** The actions the role may take on the case now, each a button that opens its generated form. */
export function ActionPanel(props: {
  view: CaseView;
  me: StaffMe;
  descriptor: ServiceDescriptor;
  text: ServiceText;
  directory: DirectoryJson;
  nameOf: NameOf;
  clientOf: (channel: string) => ApiClient;
  onDone: (view: CaseView) => void;
  chart: ChartJson | undefined;
  state: string;
}) {
  const { ct } = useConsoleText();
  const announce = useAnnounce();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = actionsFor(props.view, props.me, props.chart, props.state, props.descriptor).filter(
    (action) => props.descriptor.events[action.type],
  );
  // The service's labels name its payload fields; the console's own words are the fallback
  // for a service that gives none.
  const fieldLabel = (type: string) => (name: string) => {
    const own = props.text.payloadField(type, name);
    if (own) return own;
    const key = `field.${name}`;
    return { label: hasConsoleKey(key) ? ct(key) : name };
  };
  const scoreLabel = (score: number) => {
    const key = `score.${score}`;
    return hasConsoleKey(key) ? `${score} ${ct(key)}` : String(score);
  };
  if (actions.length === 0) return <p>{ct('case.noActions')}</p>;
  return (
    <div class="actions">
      {done && (
        <p class="notice-ok" role="status">
          {done}
        </p>
      )}
      <ul class="action-list">
        {actions.map((action) => {
          const label = props.text.event(action.type).label;
          const expanded = open === action.type;
          const formId = `action-${action.type.replace(/\W/g, '-')}`;
          return (
            <li key={action.type}>
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={expanded ? formId : undefined}
                data-action={action.type}
                onClick={() => setOpen(expanded ? null : action.type)}
              >
                {label}
              </button>
              {expanded && (
                <div class="panel action-form">
                  <SchemaForm
                    id={formId}
                    schema={actionSchema(
                      props.descriptor.events[action.type]!.schema,
                      props.me,
                      props.directory,
                      props.nameOf,
                      fieldLabel(action.type),
                      scoreLabel,
                    )}
                    submitLabel={label}
                    onCancel={() => setOpen(null)}
                    onSubmit={async (value) => {
                      const payload =
                        props.me.role === 'department-handler' &&
                        (
                          props.descriptor.events[action.type]!.schema.properties as
                            | Record<string, unknown>
                            | undefined
                        )?.department
                          ? { ...value, department: props.me.unit }
                          : value;
                      const next = await props
                        .clientOf(action.channel)
                        .send(
                          props.view.ref,
                          { type: action.type, ...payload },
                          { expectedVersion: props.view.version },
                        );
                      const message = ct('case.done', { action: label });
                      setOpen(null);
                      setDone(message);
                      announce(message);
                      props.onDone(next);
                    }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
