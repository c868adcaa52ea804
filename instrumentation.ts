/**
 * Runs once when the server starts: validate the configuration before serving anything, so a bad
 * environment variable stops start-up with its name and expected form instead of failing per request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startup } = await import('./lib/server/startup');
  await startup();
}
