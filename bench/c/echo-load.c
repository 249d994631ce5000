/* P3's load from C: CONNS connections to 127.0.0.1:PORT, each sending 64 bytes and waiting for their
   echo, ROUNDS times, all driven by one epoll loop (TCP_NODELAY). Prints {"messages":…,"seconds":…}. */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MSG 64

int main(int argc, char **argv) {
  int port = atoi(argv[1]), conns = atoi(argv[2]);
  long rounds = atol(argv[3]);
  int ep = epoll_create1(0), one = 1;
  int *fds = calloc(conns, sizeof *fds);
  long *left = calloc(conns, sizeof *left), *pending = calloc(conns, sizeof *pending);
  char msg[MSG] = {0}, buf[65536];
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  for (int i = 0; i < conns; i++) {
    fds[i] = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fds[i], (struct sockaddr *)&sa, sizeof sa)) return 1;
    setsockopt(fds[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = i};
    epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int active = conns;
  for (int i = 0; i < conns; i++) {
    left[i] = rounds - 1;
    pending[i] = MSG;
    if (send(fds[i], msg, MSG, 0) != MSG) return 2;
  }
  struct epoll_event evs[256];
  while (active > 0) {
    int n = epoll_wait(ep, evs, 256, 10000);
    if (n <= 0) return 3;
    for (int k = 0; k < n; k++) {
      int i = evs[k].data.u32;
      ssize_t r = recv(fds[i], buf, sizeof buf, 0);
      if (r <= 0) return 4;
      pending[i] -= r;
      if (pending[i] > 0) continue;
      if (left[i]-- > 0) {
        pending[i] = MSG;
        if (send(fds[i], msg, MSG, 0) != MSG) return 5;
      } else {
        close(fds[i]);
        active--;
      }
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("{\"messages\":%ld,\"seconds\":%.6f}\n", (long)conns * rounds,
         (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
  return 0;
}
