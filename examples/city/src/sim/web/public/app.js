// Shared by the citizen and staff pages: API calls, forms from JSON Schema, the case panel, live updates.

/** Signs in for one API only: the cookie is scoped to that API's path. */
export function signIn(name, value, path) {
  // biome-ignore lint/suspicious/noDocumentCookie: one path-scoped cookie, value encoded; no library needed for a simulator
  document.cookie = `${name}=${encodeURIComponent(value)}; path=${path}; SameSite=Strict`;
}

/** Calls the onecase web API; a problem+json answer is thrown with its body as `problem`. */
export async function api(base, path, { method = 'GET', body, headers = {} } = {}) {
  const response = await fetch(base + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) throw Object.assign(new Error(data?.detail ?? response.statusText), { problem: data });
  return data;
}

/**
 * The service catalogue as a page needs it: a page of `GET /services` at a time (the city has
 * ~600 services, each with its forms' JSON Schemas; the browser revalidates each page by its
 * ETag), and one service by id when a case names one not loaded yet.
 */
export function catalogue(base, pageSize = 100) {
  const byId = new Map();
  const byVersion = new Map();
  let next = `${base}/services?page=1&pageSize=${pageSize}`;
  return {
    get services() {
      return [...byId.values()];
    },
    get more() {
      return next !== null;
    },
    async loadMore() {
      if (next === null) return [];
      const response = await fetch(next);
      const page = await response.json();
      if (!response.ok)
        throw Object.assign(new Error(page?.detail ?? response.statusText), { problem: page });
      for (const service of page) byId.set(service.id, service);
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
      return page;
    },
    known: (id) => byId.get(id),
    async get(id) {
      if (!byId.has(id)) byId.set(id, await api(base, `/services/${encodeURIComponent(id)}`));
      return byId.get(id);
    },
    /** The service version a case runs on (a complaint opened before an upgrade keeps its own events). */
    async forView(view) {
      const { id, version } = view.service;
      const listed = byId.get(id);
      if (listed?.version === version) return listed;
      const key = `${id}@${version}`;
      if (!byVersion.has(key)) {
        byVersion.set(key, await api(base, `/services/${encodeURIComponent(id)}?version=${version}`));
      }
      return byVersion.get(key);
    },
  };
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== undefined));
  return node;
}
export { element as h };

/**
 * Renders one control per property of an object JSON Schema, filled from `defaults` where it
 * names the field; `read()` returns the typed value.
 */
export function renderForm(schema, container, idPrefix, defaults = {}) {
  container.replaceChildren();
  const required = new Set(schema.required ?? []);
  const fields = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const id = `${idPrefix}-${name}`;
    const mandatory = required.has(name) && property.default === undefined;
    let control;
    if (Array.isArray(property.enum)) {
      control = element('select', { id, name });
      if (!mandatory) control.append(element('option', { value: '', text: '—' }));
      for (const option of property.enum) {
        control.append(
          element('option', { value: option, text: option, selected: option === property.default }),
        );
      }
    } else if (property.type === 'boolean') {
      control = element('input', { id, name, type: 'checkbox' });
    } else if (property.type === 'integer' || property.type === 'number') {
      control = element('input', { id, name, type: 'number', min: property.minimum, max: property.maximum });
    } else if (property.type === 'string' && (property.maxLength ?? 0) > 300) {
      control = element('textarea', { id, name, rows: 3 });
    } else {
      control = element('input', { id, name, type: 'text' });
    }
    container.append(
      element(
        'label',
        { for: id },
        element('span', { text: `${property.title ?? name}${mandatory ? ' *' : ''}` }),
        control,
        element('small', { class: 'error', 'data-error-for': name }),
      ),
    );
    if (defaults[name] !== undefined && defaults[name] !== null) control.value = String(defaults[name]);
    fields.push({ name, property, control });
  }
  return {
    read() {
      const value = {};
      for (const { name, property, control } of fields) {
        if (property.type === 'boolean') value[name] = control.checked;
        else if (control.value === '') continue;
        else if (property.type === 'integer' || property.type === 'number')
          value[name] = Number(control.value);
        else value[name] = control.value;
      }
      return value;
    },
    showIssues(issues = []) {
      for (const small of container.querySelectorAll('[data-error-for]')) small.textContent = '';
      for (const issue of issues) {
        const small = container.querySelector(`[data-error-for="${issue.path?.[0]}"]`);
        if (small) small.textContent = issue.message;
      }
    },
  };
}

/** The department's reply as the citizen reads it: a work order's `reply`, version 1's `answer`. */
function replyText(view) {
  const reply = view.context?.reply;
  if (reply?.answer) return `${reply.answer} (${reply.department})`;
  return typeof view.context?.answer === 'string' ? view.context.answer : undefined;
}

function stateText(view) {
  return typeof view.state.value === 'string' ? view.state.value : JSON.stringify(view.state.value);
}

/**
 * Shows a case and, as buttons, the events `channel` may send now; a button with a payload
 * opens a small form rendered from the event's JSON Schema.
 */
export function renderCase(container, view, { service, channel, send }) {
  const actions = element('div', { class: 'actions', 'data-testid': 'actions' });
  const payload = element('form', { class: 'payload', hidden: true, 'data-testid': 'payload-form' });
  const message = element('p', { class: 'message', 'data-testid': 'case-message' });
  for (const type of view.allowed[channel] ?? []) {
    const button = element('button', { type: 'button', 'data-event': type, text: type });
    button.addEventListener('click', () => {
      const schema = service?.events[type]?.schema ?? { properties: {} };
      if (Object.keys(schema.properties ?? {}).length === 0) {
        void run(type, {});
        return;
      }
      const fields = element('div');
      // A work order's department events name the department: the lead the case was dispatched to.
      const form = renderForm(schema, fields, `event-${type.replace('.', '-')}`, {
        department: view.context?.lead,
      });
      payload.replaceChildren(
        element('h3', { text: type }),
        fields,
        element('button', { type: 'submit', 'data-testid': 'send-event', text: `Send ${type}` }),
      );
      payload.hidden = false;
      payload.onsubmit = (submit) => {
        submit.preventDefault();
        void run(type, form.read(), form);
      };
    });
    actions.append(button);
  }
  async function run(type, body, form) {
    message.textContent = '';
    try {
      await send({ type, ...body }, view.version);
      payload.hidden = true;
    } catch (error) {
      message.textContent = `${error.problem?.title ?? 'Error'}: ${error.message}`;
      form?.showIssues(error.problem?.details?.issues);
    }
  }
  container.replaceChildren(
    element('h2', {}, element('span', { 'data-testid': 'case-ref', text: view.ref })),
    element(
      'dl',
      {},
      element('dt', { text: 'Service' }),
      element('dd', { text: `${service?.title ?? view.service.id} (v${view.service.version})` }),
      element('dt', { text: 'State' }),
      element('dd', { 'data-testid': 'case-state', text: stateText(view) }),
      element('dt', { text: 'Tags' }),
      element('dd', { text: view.state.tags.join(', ') || '—' }),
      ...(replyText(view) === undefined
        ? []
        : [
            element('dt', { text: 'Reply' }),
            element('dd', { 'data-testid': 'case-reply', text: replyText(view) }),
          ]),
      element('dt', { text: 'Version' }),
      element('dd', { 'data-testid': 'case-version', text: String(view.version) }),
      element('dt', { text: `Actions (${channel})` }),
      element('dd', {}, view.allowed[channel]?.length ? actions : element('span', { text: 'none now' })),
    ),
    payload,
    message,
    element(
      'details',
      {},
      element('summary', { text: 'Case data' }),
      element('pre', { text: JSON.stringify(view.context, null, 2) }),
    ),
  );
}

/** Follows a case over server-sent events; returns a function that stops. */
export function follow(base, ref, onView, onStatus) {
  const source = new EventSource(`${base}/cases/${encodeURIComponent(ref)}/stream`);
  source.addEventListener('case', (event) => onView(JSON.parse(event.data)));
  source.onopen = () => onStatus('live');
  source.onerror = () => onStatus('reconnecting…');
  return () => source.close();
}

/** A fresh Idempotency-Key, so a double click or a retry is applied once. */
export function newKey() {
  return crypto.randomUUID();
}
