// Tells a service manager the service is ready, as systemd's sd_notify(3) does: one datagram
// "READY=1" to the AF_UNIX socket named by $NOTIFY_SOCKET ("@name" is Linux's abstract namespace).
// Usage: NOTIFY_SOCKET=/run/… tsx examples/sd-notify.ts [STATUS TEXT]
import * as S from "bsdsock";

const path = process.env.NOTIFY_SOCKET;
if (!path) {
  console.error("NOTIFY_SOCKET is not set: not started by a service manager");
  process.exit(1);
}
const address = path.startsWith("@") ? Buffer.from(`\0${path.slice(1)}`) : path;
using s = S.socket(S.AF_UNIX, S.SOCK_DGRAM);
const status = process.argv[2] ? `\nSTATUS=${process.argv[2]}` : "";
s.sendto(`READY=1${status}`, address);
console.log("notified");
