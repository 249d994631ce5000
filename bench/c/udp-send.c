/* P6's C sender: N datagrams of SIZE bytes to 127.0.0.1:PORT with sendmmsg in batches of 64
   ("mmsg"), or as one UDP GSO buffer of 64 segments per sendmsg ("gso"); prints datagrams/s. */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/udp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef UDP_SEGMENT
#define UDP_SEGMENT 103
#endif
#define BATCH 64

int main(int argc, char **argv) {
  int port = atoi(argv[1]);
  long n = atol(argv[2]);
  int size = argc > 3 ? atoi(argv[3]) : 64;
  int gso = argc > 4 && strcmp(argv[4], "gso") == 0;
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  if (connect(s, (struct sockaddr *)&sa, sizeof sa)) return 1;
  static char data[BATCH * 65536];
  memset(data, 'x', sizeof data);
  struct iovec iov[BATCH];
  struct mmsghdr msgs[BATCH];
  memset(msgs, 0, sizeof msgs);
  for (int i = 0; i < BATCH; i++) {
    iov[i].iov_base = data + i * size;
    iov[i].iov_len = size;
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  char control[CMSG_SPACE(sizeof(unsigned short))];
  struct iovec whole = {.iov_base = data, .iov_len = (size_t)size * BATCH};
  struct msghdr m = {.msg_iov = &whole, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control};
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_UDP;
  c->cmsg_type = UDP_SEGMENT;
  c->cmsg_len = CMSG_LEN(sizeof(unsigned short));
  *(unsigned short *)CMSG_DATA(c) = size;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long sent = 0;
  while (sent < n) {
    if (gso) {
      if (sendmsg(s, &m, 0) < 0) return 2;
      sent += BATCH;
    } else {
      int r = sendmmsg(s, msgs, BATCH, 0);
      if (r < 0) return 2;
      sent += r;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%.0f\n", sent / ((t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9));
  return 0;
}
