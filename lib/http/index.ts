export { createHttpClient, parseJson, type HttpClient } from './http-client';
export { connectionHeaders, tlsOptions, toSearchParams } from './connection';
export * from './types';
