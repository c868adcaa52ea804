/** Dashboard variables: parsing, resolution, interpolation and URL state. Pure (the data side is passed in). */
export { builtinVariables, DEFAULT_SCRAPE_INTERVAL_MS, rateIntervalMs, type BuiltinContext } from './builtins';
export { variableBuiltins, variableRange, type InitialVariables } from './dashboard-range';
export { interpolate, type InterpolationMode } from './interpolate';
export { AUTO_INTERVAL, autoInterval, intervalOptions, intervalValue } from './interval';
export { dependentsOf, variableOrder, type VariableOrder } from './order';
export { parseVariableQuery, type ParsedVariableQuery, type VariableRequest } from './query-syntax';
export { findReferences, referencedNames, type VariableReference } from './references';
export { resolveVariables, scopeOf, type ResolveOptions } from './resolve';
export * from './types';
export { readVariableParams, urlVariableValues, variableParamChanges, VARIABLE_PARAM_PREFIX } from './url';
