/* #pragma pack(4), as macOS's <netinet/in.h> puts around group_req: an 8-aligned member is placed at
   a multiple of 4 and the struct aligns to 4, so koffi must be told that member's lowered alignment.
   A member already aligned within the limit keeps its own (no alignment recorded). */
#pragma pack(4)
struct held {
  unsigned int i;
  long long v;
};
#pragma pack()
