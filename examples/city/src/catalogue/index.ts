export { type CatalogueReportOptions, catalogueReport } from './catalogueReport.js';
export { type CatalogueShape, type CatalogueShapeName, CATALOGUE_SHAPES } from './catalogueShapes.js';
export {
  type CatalogueOrigin,
  type CityCatalogueOptions,
  catalogueOrigin,
  cityCatalogue,
} from './cityCatalogue.js';
export {
  type CatalogueData,
  type CatalogueDistrict,
  type CatalogueEntry,
  type CatalogueField,
  loadCatalogue,
} from './loadCatalogue.js';
