export {
  type ApiMount,
  CONSOLE_CONFIG_META,
  type ConsoleConfig,
  type SignInConfig,
} from './consoleConfig.js';
export { type ConsoleHandler, type ServeConsoleOptions, serveConsole } from './serveConsole.js';
