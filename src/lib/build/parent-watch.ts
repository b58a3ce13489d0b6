/**
 * Preloaded (`node --import`) into the processes a build starts. The build
 * holds the other end of a pipe on file descriptor 3; when the build is gone,
 * however it died (SIGKILL included), the pipe closes and this process stops,
 * so no orphan goes on writing a site nobody will check.
 */
import { Socket } from 'node:net';

let pipe: Socket | undefined;
try {
  pipe = new Socket({ fd: 3, readable: true, writable: false });
} catch {
  // Started without the pipe (not by the build script): nothing to watch.
}
if (pipe) {
  const stop = () => process.exit(143);
  pipe.on('end', stop);
  pipe.on('close', stop);
  pipe.on('error', stop);
  pipe.resume();
  // The watch must not keep the process alive by itself.
  pipe.unref();
}
