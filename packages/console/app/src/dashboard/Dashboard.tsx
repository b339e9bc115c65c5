import type { KpiRow } from '@onecase/governance';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConsoleApi, DirectoryJson, KpiReportJson } from '../console/consoleApi.js';
import { hasConsoleKey, useConsoleText } from '../console/consoleText.js';
import { EChart } from './EChart.js';
import { rateBars, rateLines } from './kpiCharts.js';
import { addDays, zonedDayOf, zonedDayStart } from './zonedDay.js';

interface Period {
  from: string;
  to: string;
  channel: string;
}

interface Reports {
  district: KpiReportJson;
  day: KpiReportJson;
  department: KpiReportJson;
  channels: string[];
  overdue: Record<string, number>;
}

/**
 * The KPI dashboard: the three rates per district (bars), their trend per day (lines) and
 * overdue work by department (a table), for a period and an opening channel. Every figure is
 * a row of `computeKpis` from the console's `kpis` route; nothing is computed here but percentages.
 */
export function Dashboard(props: { api: ConsoleApi; directory: DirectoryJson }) {
  const { ct, locale, timeZone } = useConsoleText();
  const today = zonedDayOf(Date.now(), timeZone);
  const [draft, setDraft] = useState<Period>({ from: addDays(today, -29), to: today, channel: '' });
  const [period, setPeriod] = useState<Period>(draft);
  const [reports, setReports] = useState<Reports | null>(null);
  const [error, setError] = useState<string | null>(null);
  const badPeriod = draft.to < draft.from;

  useEffect(() => {
    let live = true;
    const from = zonedDayStart(period.from, timeZone);
    const to = zonedDayStart(addDays(period.to, 1), timeZone);
    const channel = period.channel || undefined;
    Promise.all([
      props.api.kpis({ from, to, groupBy: 'district', ...(channel ? { channel } : {}) }),
      props.api.kpis({ from, to, groupBy: 'day', ...(channel ? { channel } : {}) }),
      props.api.kpis({ from, to, groupBy: 'department', ...(channel ? { channel } : {}) }),
      props.api.kpis({ from, to, groupBy: 'channel' }),
      props.api.overdue(),
    ]).then(
      ([district, day, department, byChannel, overdue]) => {
        if (!live) return;
        setError(null);
        setReports({
          district,
          day,
          department,
          channels: byChannel.rows.map((row) => row.group),
          overdue: Object.fromEntries(overdue.rows.map((row) => [row.department, row.overdue])),
        });
      },
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [period, props.api, timeZone]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const unit of props.directory.units) map.set(unit.id, locale === 'en' ? unit.en : unit.zh);
    for (const department of props.directory.departments)
      map.set(department.id, locale === 'en' ? department.en : department.zh);
    return (id: string) => map.get(id) ?? id;
  }, [props.directory, locale]);
  const rates = {
    response: ct('dash.response'),
    resolution: ct('dash.resolution'),
    satisfaction: ct('dash.satisfaction'),
  };
  const channelName = (channel: string) => {
    const key = `timeline.channel.${channel}`;
    return hasConsoleKey(key) ? ct(key) : channel;
  };

  return (
    <section aria-labelledby="dash-title" class="dashboard">
      <h2 id="dash-title">{ct('dash.title')}</h2>
      <form
        class="filters"
        aria-label={ct('dash.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!badPeriod) setPeriod(draft);
        }}
      >
        <label>
          {ct('dash.from')}
          <input
            type="date"
            value={draft.from}
            onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
        </label>
        <label>
          {ct('dash.to')}
          <input
            type="date"
            value={draft.to}
            aria-invalid={badPeriod}
            aria-describedby={badPeriod ? 'dash-period-error' : undefined}
            onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </label>
        <label>
          {ct('dash.channel')}
          <select
            value={draft.channel}
            onChange={(e) => setDraft({ ...draft, channel: e.currentTarget.value })}
          >
            <option value="">{ct('dash.allChannels')}</option>
            {(reports?.channels ?? []).map((channel) => (
              <option key={channel} value={channel}>
                {channelName(channel)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{ct('dash.apply')}</button>
        <p id="dash-period-error" class="field-error" aria-live="polite">
          {badPeriod ? ct('dash.badPeriod') : ''}
        </p>
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {!reports ? (
        <p aria-live="polite">{ct('dash.loading')}</p>
      ) : (
        <>
          <h3>{ct('dash.byDistrict')}</h3>
          {reports.district.rows.length === 0 && <p>{ct('dash.noData')}</p>}
          <EChart
            name="district-rates"
            label={ct('dash.byDistrict')}
            option={rateBars(reports.district.rows, names, rates)}
          />
          <h3>{ct('dash.byDay')}</h3>
          <EChart name="daily-trend" label={ct('dash.byDay')} option={rateLines(reports.day.rows, rates)} />
          <h3 id="dash-overdue">{ct('dash.byDepartment')}</h3>
          <OverdueTable rows={reports.department.rows} overdue={reports.overdue} names={names} />
        </>
      )}
    </section>
  );
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

function OverdueTable(props: {
  rows: KpiRow[];
  overdue: Record<string, number>;
  names: (id: string) => string;
}) {
  const { ct } = useConsoleText();
  const departments = [...new Set([...props.rows.map((row) => row.group), ...Object.keys(props.overdue)])];
  const byGroup = new Map(props.rows.map((row) => [row.group, row]));
  return (
    <table aria-labelledby="dash-overdue" data-table="overdue-by-department">
      <thead>
        <tr>
          <th scope="col">{ct('dash.department')}</th>
          <th scope="col">{ct('dash.received')}</th>
          <th scope="col">{ct('dash.closedLate')}</th>
          <th scope="col">{ct('dash.onTime')}</th>
          <th scope="col">{ct('dash.overdueNow')}</th>
        </tr>
      </thead>
      <tbody>
        {departments.map((department) => {
          const row = byGroup.get(department);
          const late = row ? row.counts.closed - row.counts.closedOnTime : 0;
          const now = props.overdue[department] ?? 0;
          return (
            <tr key={department} class={now > 0 ? 'hot' : undefined}>
              <th scope="row">
                {department === '(none)' ? ct('dash.notDispatched') : props.names(department)}
              </th>
              <td>{row?.counts.received ?? 0}</td>
              <td>{late}</td>
              <td>{percent(row?.onTimeClosureRate ?? null)}</td>
              <td>{now}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
