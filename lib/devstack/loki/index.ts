/** The demo Loki: a Loki 2.7-compatible HTTP API with a LogQL engine over the demo cluster's logs. */
export { startLokiServer, type LokiServer, type LokiServerOptions } from './server';
export { parseQuery } from './logql/parse';
export { ParseError } from './logql/errors';
