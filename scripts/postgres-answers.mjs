// True when something accepts TCP connections at the host and port of a postgres:// URL within two seconds.
import net from 'node:net';

export function postgresAnswers(url) {
  let target;
  try {
    const parsed = new URL(url);
    target = { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 5432) };
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const socket = net.connect(target);
    const finish = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2000);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}
