// Test fixture: starts a server, prints its dir, then exits the way argv[2] says ("exit" or "hang").
import { startPostgres } from './start-postgres';

const server = await startPostgres();
process.stdout.write(`${JSON.stringify({ dir: server.dir, port: server.port })}\n`);
if (process.argv[2] === 'exit') process.exit(0);
setInterval(() => undefined, 1000);
