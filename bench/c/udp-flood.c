/* P6's flood: sends 64-byte datagrams to 127.0.0.1:PORT with sendmmsg as fast as it can, until killed. */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define BATCH 64

int main(int argc, char **argv) {
  int port = atoi(argv[1]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  if (connect(s, (struct sockaddr *)&sa, sizeof sa)) return 1;
  static char data[BATCH][64];
  memset(data, 'x', sizeof data);
  struct iovec iov[BATCH];
  struct mmsghdr msgs[BATCH];
  memset(msgs, 0, sizeof msgs);
  for (int i = 0; i < BATCH; i++) {
    iov[i].iov_base = data[i];
    iov[i].iov_len = sizeof data[i];
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  for (;;) sendmmsg(s, msgs, BATCH, 0);
}
