#pragma once

#include <QString>

// Every test executable links this. Before main() runs it points HOME and the XDG folders at
// a fresh temporary tree, enables QStandardPaths' test mode, fixes locale and time zone, so
// that no test reads or writes a real user's data, dictionaries or settings.
namespace TestEnvironment {
// The private home of this test process.
QString home();
// The repository's source folder, and its test data (tests/data: copies of outside files with
// their licences; a plain clone has everything the tests read).
QString sourceDir();
QString dataDir();
// The build folder (screenshots and other files a person looks at after a run go there).
QString binaryDir();
// Absolute path of a built executable (newsdesk, newsdesk-cli).
QString binary(const QString &name);
// Where npm test tools live (vnu-jar, ajv, playwright-core, axe-core): $NEWSDESK_TOOLS/npm.
QString npmTools();
}
