/* A flexible array member: no storage in the struct, at its end. */
struct flex {
  unsigned short len;
  unsigned char data[];
};
