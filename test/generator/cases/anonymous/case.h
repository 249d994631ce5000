/* A C11 anonymous union: its members are fields of the struct, at the union's offset. */
struct anon {
  int kind;
  union {
    int i;
    short s[3];
  };
  char tail;
};
