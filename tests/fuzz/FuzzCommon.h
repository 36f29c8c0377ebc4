#pragma once

// What the fuzz targets share: the input as the QByteArray a network reply
// would give, one QCoreApplication, and invariant checks that abort() so
// that libFuzzer (and ReplayMain in the normal build) see a crash.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace PlenaryFuzz {

/// The parsers are called with what QNetworkReply::readAll() or curl's
/// buffer gives: an owned, NUL-terminated copy, not raw data.
inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The parsers call QCoreApplication::translate(); the app always has an
/// instance, so the fuzzers run the same path. Never deleted: it must
/// outlive every input, and a reachable pointer is no leak for LSan.
inline void initApplication() {
    static int argc = 1;
    static char name[] = "plenary-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

[[noreturn]] inline void broken(const char *file, int line, const char *what,
                                const QString &detail) {
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, what,
                 qUtf8Printable(detail));
    std::abort();
}

} // namespace PlenaryFuzz

/// Aborts when @p cond is false, printing @p detail (only built then).
#define FUZZ_REQUIRE(cond, detail)                                                                 \
    do {                                                                                           \
        if (!(cond))                                                                               \
            PlenaryFuzz::broken(__FILE__, __LINE__, #cond, (detail));                              \
    } while (false)
