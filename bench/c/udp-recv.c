/* P6's C receiver: binds 127.0.0.1:0, prints the port, then receives N datagrams with recvmmsg in
   batches of 64 and prints datagrams/s, timed from the first datagram. */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BATCH 64

int main(int argc, char **argv) {
  long n = atol(argv[1]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof sa;
  if (bind(s, (struct sockaddr *)&sa, sizeof sa) || getsockname(s, (struct sockaddr *)&sa, &len)) return 1;
  printf("%d\n", ntohs(sa.sin_port));
  fflush(stdout);
  static char data[BATCH][2048];
  struct iovec iov[BATCH];
  struct mmsghdr msgs[BATCH];
  struct sockaddr_in from[BATCH];
  memset(msgs, 0, sizeof msgs);
  for (int i = 0; i < BATCH; i++) {
    iov[i].iov_base = data[i];
    iov[i].iov_len = sizeof data[i];
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
    msgs[i].msg_hdr.msg_name = &from[i];
  }
  struct timespec t0, t1;
  long got = 0;
  while (got < n) {
    for (int i = 0; i < BATCH; i++) msgs[i].msg_hdr.msg_namelen = sizeof from[i];
    int r = recvmmsg(s, msgs, BATCH, MSG_WAITFORONE, NULL);
    if (r < 0) return 2;
    if (got == 0) clock_gettime(CLOCK_MONOTONIC, &t0);
    got += r;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%.0f\n", got / ((t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9));
  return 0;
}
