export { n as cacheKey, a as defaultCacheLocation } from "./validate-B8Gt_arM.js";
