/* Constants: macros clang can evaluate are emitted with their exact values and types; the rest are
   excluded with the reason. Enumerators count as constants too. */
#define CASE_ONE 1
#define CASE_SHIFT (1 << 4)
#define CASE_NEG (-3)
#define CASE_BIG 0xffffffffu
#define CASE_WIDE 0x100000000ULL
#define CASE_FN(x) ((x) + 1)
#define CASE_STR "text"
#define CASE_UNDEF (CASE_MISSING + 1)
enum case_enum { CASE_E0, CASE_E5 = 5, CASE_E6 };
