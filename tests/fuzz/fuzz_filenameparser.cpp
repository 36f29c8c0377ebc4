// Fuzzes parseFileName() and baseName(): names come from listings and
// manifests, so from servers. The bytes are read as UTF-8 (what FTP and
// most web servers send) and as Latin-1 (old IIS and Apache pages).

#include "FileNameParser.h"
#include "FuzzCommon.h"

#include <QRegularExpression>

using namespace Plenary;

namespace {

void check(const QString &fileName) {
    const QString base = baseName(fileName);
    FUZZ_REQUIRE(fileName.startsWith(base), fileName + u' ' + base);
    FUZZ_REQUIRE(base.isEmpty() == fileName.isEmpty(), fileName);

    const FileNameInfo info = parseFileName(fileName);
    // The number is where the name starts (only suffixes are dropped), so
    // that the files of one document group under it.
    FUZZ_REQUIRE(fileName.startsWith(info.number), fileName + u' ' + info.number);
    if (info.recognized) {
        // "holds a letter and ends in a run of at least three digits" with
        // an optional revision (FileNameParser.h): a digit is last.
        static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
        FUZZ_REQUIRE(!info.number.isEmpty() && info.number.back().isDigit(), info.number);
        FUZZ_REQUIRE(letter.match(info.number).hasMatch(), info.number);
    } else {
        FUZZ_REQUIRE(info.title.isEmpty(), fileName);
    }
    FUZZ_REQUIRE(info.title == info.title.simplified(), info.title);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    PlenaryFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray raw = PlenaryFuzz::bytes(data, size);
    check(QString::fromUtf8(raw));
    check(QString::fromLatin1(raw));
    return 0;
}
