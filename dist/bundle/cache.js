export { n as cacheKey, a as defaultCacheLocation } from "./validate.js";
