/* A member aligned beyond its type: it moves to offset 8 and raises the struct's alignment. */
struct lifted {
  char c;
  unsigned char data[8] __attribute__((aligned(8)));
};
