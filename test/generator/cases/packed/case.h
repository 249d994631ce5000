/* A packed struct: no padding, alignment 1. */
struct __attribute__((packed)) tight {
  char c;
  int i;
  short s;
};
