/* An empty ICU common-data package, as ICU's own "stubdata" library builds it.
 *
 * The PySide6 wheels ship Qt with ICU and its full data library (about 30 MB of
 * collation, conversion and locale tables in every language). Puente does not use them:
 * Qt keeps its own locale (CLDR) and Unicode tables, sorting happens in SQLite, text is
 * UTF-8, and ICU's case mapping is compiled into libicuuc. The Linux bundle replaces the
 * data library with this stub (installer/puente.spec); `puente --self-test` runs on it.
 * Build: cc -shared -fPIC -DICU_DATA_SYMBOL=icudt73_dat -o libicudata.so.73 this.c
 */
#include <stdint.h>

#ifndef ICU_DATA_SYMBOL
#error "define ICU_DATA_SYMBOL, e.g. icudt73_dat"
#endif

typedef struct {
    uint16_t size;
    uint16_t reservedWord;
    uint8_t isBigEndian;
    uint8_t charsetFamily;
    uint8_t sizeofUChar;
    uint8_t reservedByte;
    uint8_t dataFormat[4];
    uint8_t formatVersion[4];
    uint8_t dataVersion[4];
} UDataInfo;

typedef struct {
    uint16_t headerSize;
    uint8_t magic1;
    uint8_t magic2;
    UDataInfo info;
    char padding[8];
    uint32_t count;
    uint32_t reserved;
    struct {
        const char *name;
        const void *data;
    } toc[1];
} ICU_Data_Header;

__attribute__((visibility("default"))) const ICU_Data_Header ICU_DATA_SYMBOL = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0 /* little endian */, 0 /* ASCII */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, /* no items */
    0,
    {{0, 0}},
};
