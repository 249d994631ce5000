// The resolver on every target, against answers the system gives another way (os.hostname(), the
// numeric forms, the IANA-fixed service and protocol numbers). resolver.test.ts compares far more
// with python3 where python3 can run.
import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import * as S from "../../runtime/index.js";

describe("resolver on this target", () => {
  it("getaddrinfo of numeric hosts gives the sockaddr tuples", () => {
    expect(S.getaddrinfo("127.0.0.1", 80, S.AF_INET, S.SOCK_STREAM, S.IPPROTO_TCP)).toEqual([
      [S.AF_INET, S.SOCK_STREAM, S.IPPROTO_TCP, "", ["127.0.0.1", 80]],
    ]);
    const [[family, , , , sa]] = S.getaddrinfo("::1", "443", S.AF_INET6, S.SOCK_DGRAM);
    expect(family).toBe(S.AF_INET6);
    expect(sa).toEqual(["::1", 443, 0, 0]);
  });

  it("a name that is not numeric under AI_NUMERICHOST is a GaiError EAI_NONAME", () => {
    expect(() => S.getaddrinfo("no-such-host.invalid", 80, 0, 0, 0, S.AI_NUMERICHOST)).toThrow(
      expect.objectContaining({ name: "GaiError", errno: S.EAI_NONAME, code: "EAI_NONAME" }),
    );
  });

  it("getnameinfo with NI_NUMERICHOST | NI_NUMERICSERV", () => {
    expect(S.getnameinfo(["127.0.0.1", 8080], S.NI_NUMERICHOST | S.NI_NUMERICSERV)).toEqual([
      "127.0.0.1",
      "8080",
    ]);
  });

  it("gethostname is the name the OS reports", () => {
    expect(S.gethostname().toLowerCase()).toBe(hostname().toLowerCase());
  });

  it("gethostbyname and gethostbyname_ex of numeric and loopback hosts", () => {
    expect(S.gethostbyname("127.0.0.1")).toBe("127.0.0.1");
    expect(S.gethostbyname("")).toBe("0.0.0.0");
    const [, , addresses] = S.gethostbynameEx("127.0.0.1");
    expect(addresses).toEqual(["127.0.0.1"]);
  });

  it("services and protocols by their fixed numbers", () => {
    expect(S.getservbyname("http", "tcp")).toBe(80);
    expect(S.getservbyport(53, "udp")).toBe("domain");
    expect(S.getprotobyname("tcp")).toBe(6);
    expect(S.getprotobyname("udp")).toBe(17);
    expect(() => S.getprotobyname("no-such-protocol")).toThrow(S.SocketError);
    expect(() => S.getservbyname("no-such-service", "tcp")).toThrow(/service\/proto not found/);
  });

  it("inet_aton takes the classic short forms", () => {
    expect([...S.inet_aton("127.1")]).toEqual([127, 0, 0, 1]);
    expect([...S.inet_aton("255.255.255.255")]).toEqual([255, 255, 255, 255]);
    expect(() => S.inet_aton("1.2.3.4.5")).toThrow(S.SocketError);
  });
});
