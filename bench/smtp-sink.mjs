// A mail server for the contact benchmark, in a process of its own so that it takes no time from the
// load generator: accepts every mail, keeps none, and prints its port.
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 100,
  onData(stream, _session, callback) {
    stream.resume();
    stream.on('end', () => callback());
  },
});
server.on('error', () => {});
server.listen(0, '127.0.0.1', () => console.log(server.server.address().port));
