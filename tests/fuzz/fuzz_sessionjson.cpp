// Fuzzes SessionJson::parse(): the session.json every delegate's Plenary
// polls from the server. What parses must survive the way back: the
// chairman's Plenary merges the server's copy and writes it again, so
// serialize() of a parsed session must parse again, to the same bytes
// ("the same state gives the same bytes", SessionJson.h).

#include "FuzzCommon.h"
#include "SessionJson.h"

using namespace Plenary;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    PlenaryFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString source = QStringLiteral("session.json");
    const SessionJson::Result first = SessionJson::parse(PlenaryFuzz::bytes(data, size), source);
    if (!first.session) {
        FUZZ_REQUIRE(!first.error.isEmpty(), QString());
        return 0;
    }
    FUZZ_REQUIRE(first.error.isEmpty(), first.error);
    FUZZ_REQUIRE(first.session->revision >= 0, QString::number(first.session->revision));

    const QByteArray written = SessionJson::serialize(*first.session);
    FUZZ_REQUIRE(SessionJson::serialize(*first.session) == written, QString());
    const SessionJson::Result again = SessionJson::parse(written, source);
    FUZZ_REQUIRE(again.session.has_value(), again.error + u'\n' + QString::fromUtf8(written));
    const QByteArray rewritten = SessionJson::serialize(*again.session);
    FUZZ_REQUIRE(rewritten == written,
                 QString::fromUtf8(written) + u'\n' + QString::fromUtf8(rewritten));
    // Merging goes by content: reading back what was written loses none.
    FUZZ_REQUIRE(again.session->sameContent(*first.session), QString::fromUtf8(written));
    FUZZ_REQUIRE(again.session->revision == first.session->revision, QString());
    return 0;
}
