/* Bitfield runs: a and b share one byte of an unsigned int unit; d (12 bits of an unsigned short)
   starts a new run after the plain member c. */
struct bits {
  unsigned int a : 3;
  unsigned int b : 5;
  unsigned char c;
  unsigned short d : 12;
  int tail;
};
