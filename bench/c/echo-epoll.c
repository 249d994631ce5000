/* P3's ceiling: a TCP echo server on 127.0.0.1 (port printed first) serving every connection from one
   epoll loop, with the two system calls per message a Node server makes (recv, then send), until killed.
   What any server built on readiness and these calls can reach under bench/c/echo-load.c. */
#define _GNU_SOURCE /* accept4 */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1, ep = epoll_create1(0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof sa;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(s, (struct sockaddr *)&sa, sizeof sa) || listen(s, 1024) || getsockname(s, (struct sockaddr *)&sa, &len))
    return 1;
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = s}, evs[256];
  epoll_ctl(ep, EPOLL_CTL_ADD, s, &ev);
  printf("%d\n", ntohs(sa.sin_port));
  fflush(stdout);
  static char buf[16384];
  for (;;) {
    int n = epoll_wait(ep, evs, 256, -1);
    for (int i = 0; i < n; i++) {
      int fd = evs[i].data.fd;
      if (fd == s) {
        int c;
        while ((c = accept4(s, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
          setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          struct epoll_event cev = {.events = EPOLLIN, .data.fd = c};
          epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
        }
        continue;
      }
      ssize_t got = recv(fd, buf, sizeof buf, 0);
      if (got < 0 && errno == EAGAIN) continue;
      if (got <= 0) {
        close(fd); /* also leaves the epoll set */
        continue;
      }
      /* 64-byte echoes into an idle loopback socket: send takes all of it (the load waits for each). */
      if (send(fd, buf, got, MSG_NOSIGNAL) != got) close(fd);
    }
  }
}
