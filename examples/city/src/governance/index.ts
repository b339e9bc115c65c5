export { CITY_ADDRESS_PATTERNS } from './cityAddressPatterns.js';
export { CITY_CATEGORIES, type CityCategory } from './cityCategories.js';
export { cityDirectory } from './cityDirectory.js';
export { CITY_DISTRICTS, cityJurisdictions } from './cityJurisdictions.js';
export { cityWorkCalendar } from './cityWorkCalendar.js';
export { streetFacilityHotline } from './streetFacilityHotline.js';
export {
  formatKpiTable,
  type GovernanceScenarioResult,
  runGovernanceScenario,
  type ScenarioClock,
  type ScenarioRouter,
} from './governanceScenario.js';
