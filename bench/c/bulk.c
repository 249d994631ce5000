/* P2 in C: BYTES over TCP loopback, send() of 64 KiB chunks by a forked child into recv() of a reused
   buffer; prints GiB/s measured by the receiver. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long long total = argc > 1 ? atoll(argv[1]) : (2LL << 30);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof sa;
  if (bind(s, (struct sockaddr *)&sa, sizeof sa) || listen(s, 1) || getsockname(s, (struct sockaddr *)&sa, &len)) return 1;
  static char buf[65536];
  if (fork() == 0) {
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c, (struct sockaddr *)&sa, sizeof sa)) _exit(1);
    for (long long sent = 0; sent < total;) {
      ssize_t n = send(c, buf, sizeof buf < total - sent ? sizeof buf : total - sent, MSG_NOSIGNAL);
      if (n <= 0) _exit(1);
      sent += n;
    }
    close(c);
    _exit(0);
  }
  int c = accept(s, NULL, NULL);
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long long got = 0;
  ssize_t n;
  while ((n = recv(c, buf, sizeof buf, 0)) > 0) got += n;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  wait(NULL);
  if (got != total) return 1;
  printf("%.4f\n", got / (double)(1 << 30) / ((t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9));
  return 0;
}
