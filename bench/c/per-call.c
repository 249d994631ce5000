/* P1 in C: 1-byte send + recv on an AF_UNIX socketpair, N iterations; prints microseconds per iteration. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 500000;
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return 1;
  char one = 'x', buf[16];
  for (long i = 0; i < 10000; i++) { send(sv[0], &one, 1, MSG_NOSIGNAL); recv(sv[1], buf, sizeof buf, 0); }
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (long i = 0; i < n; i++) { send(sv[0], &one, 1, MSG_NOSIGNAL); recv(sv[1], buf, sizeof buf, 0); }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%.4f\n", ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / 1e3 / n);
  return 0;
}
