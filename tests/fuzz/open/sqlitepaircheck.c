/* The open sqlitefilecheckfuzz pair (README.md here) checked with SQLite's C API alone, the way
   SqliteFileCheck::inspectContent checks a file: immutable, read-only, three queries, twice per
   file. Not part of the build. Inside `tools/dev shell`:
     gcc -O1 -o /tmp/pair tests/fuzz/open/sqlitepaircheck.c /usr/lib/x86_64-linux-gnu/libsqlite3.so.0
     /tmp/pair tests/fuzz/open/sqlitefilecheckfuzz-pair-1-earlier-input.sqlite tests/fuzz/open/sqlitefilecheckfuzz-pair-2-answers-differ.sqlite */
/* The root has no libsqlite3-dev: the few declarations used, from sqlite3.h. */
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
#define SQLITE_OK 0
#define SQLITE_ROW 100
#define SQLITE_OPEN_READONLY 0x00000001
#define SQLITE_OPEN_URI 0x00000040
int sqlite3_open_v2(const char *, sqlite3 **, int, const char *);
const char *sqlite3_errmsg(sqlite3 *);
int sqlite3_close(sqlite3 *);
int sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **);
int sqlite3_step(sqlite3_stmt *);
int sqlite3_finalize(sqlite3_stmt *);
long long sqlite3_column_int64(sqlite3_stmt *, int);
const char *sqlite3_libversion(void);
#include <stdio.h>
#include <string.h>
static void check(const char *path)
{
    char uri[4096];
    snprintf(uri, sizeof uri, "file:%s?immutable=1", path);
    sqlite3 *db = 0;
    int rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, 0);
    if (rc != SQLITE_OK) { printf("  open: %s\n", sqlite3_errmsg(db)); sqlite3_close(db); return; }
    const char *sql[] = {"PRAGMA application_id", "PRAGMA user_version", "SELECT count(*) FROM sqlite_master"};
    for (int i = 0; i < 3; ++i) {
        sqlite3_stmt *st = 0;
        rc = sqlite3_prepare_v2(db, sql[i], -1, &st, 0);
        if (rc != SQLITE_OK) { printf("  %s: prepare: %s\n", sql[i], sqlite3_errmsg(db)); sqlite3_finalize(st); break; }
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW) { printf("  %s: step: %s\n", sql[i], sqlite3_errmsg(db)); sqlite3_finalize(st); break; }
        printf("  %s = %lld\n", sql[i], (long long)sqlite3_column_int64(st, 0));
        sqlite3_finalize(st);
    }
    printf("  close: %d\n", sqlite3_close(db));
}
int main(int argc, char **argv)
{
    printf("SQLite %s\n", sqlite3_libversion());
    for (int i = 1; i < argc; ++i) {
        printf("%s\n", strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i]);
        check(argv[i]);
        check(argv[i]);
    }
    return 0;
}
