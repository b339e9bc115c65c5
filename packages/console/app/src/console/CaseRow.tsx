import { type ApiClient, type CaseView, serviceText } from '../shared/index.js';
import type { NameOf } from './ConsoleApp.js';
import { useConsoleText } from './consoleText.js';
import { hrefOf } from './useHashRoute.js';
import { useDescriptor } from './useDescriptor.js';
import { workOrderOf } from './workOrderView.js';

/** One case of a queue: its reference as the link to its page, what it is about, where, its state and due time. */
export function CaseRow(props: { api: ApiClient; view: CaseView; nameOf: NameOf }) {
  const { ct, locale, time } = useConsoleText();
  const { view } = props;
  const descriptor = useDescriptor(props.api, view.service);
  const text = descriptor ? serviceText(descriptor, locale) : undefined;
  const order = workOrderOf(view);
  const due = order.clock?.dueAt;
  return (
    <tr class={order.clock?.missed ? 'overdue' : undefined} data-ref={view.ref}>
      <th scope="row">
        <a href={hrefOf({ page: 'case', ref: view.ref })}>{view.ref}</a>
      </th>
      <td class="summary">{order.description ?? text?.title ?? view.service.id}</td>
      <td>{props.nameOf(order.district)}</td>
      <td>{text ? text.state(view.state.value as string) : String(view.state.value)}</td>
      <td>{due !== undefined ? time(due) : ct('queue.noDeadline')}</td>
    </tr>
  );
}
