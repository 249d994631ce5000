/* P1b's C client: N 1-byte round trips to the echo server on 127.0.0.1:PORT; prints microseconds per round trip. */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int port = atoi(argv[1]);
  long n = argc > 2 ? atol(argv[2]) : 50000;
  int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  if (connect(s, (struct sockaddr *)&sa, sizeof sa)) return 1;
  setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  char b = 'x';
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (long i = 0; i < n; i++) { send(s, &b, 1, 0); if (recv(s, &b, 1, 0) != 1) return 1; }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%.4f\n", ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / 1e3 / n);
  close(s);
  return 0;
}
