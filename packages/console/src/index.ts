export {
  type ApiMount,
  CONSOLE_CONFIG_META,
  type ConsoleConfig,
  type SignInConfig,
} from './consoleConfig.js';
export { createStaffApi, type StaffApi, type StaffApiOptions } from './createStaffApi.js';
export {
  type KpiReport,
  type KpiRequest,
  type KpiRouter,
  kpiReport,
  kpiRequestFromParams,
} from './kpiReport.js';
export { type ConsoleHandler, type ServeConsoleOptions, serveConsole } from './serveConsole.js';
export { type ChartState, type ChartTransition, type ServiceChart, serviceChart } from './serviceChart.js';
