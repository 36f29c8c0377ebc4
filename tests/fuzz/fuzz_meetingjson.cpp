// Fuzzes MeetingJson::parse(): the meeting.json a secretariat's server
// publishes. What parses must survive the way back: Plenary writes
// manifests (plenary-cli manifest) that other Plenarys read, so
// serialize() of a parsed meeting must parse again, to the same bytes.

#include "FuzzCommon.h"
#include "MeetingJson.h"

using namespace Plenary;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    PlenaryFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString fileName = QStringLiteral("meeting.json");
    const MeetingJson::Result first = MeetingJson::parse(PlenaryFuzz::bytes(data, size), fileName);
    if (!first.meeting) {
        // Refused as a whole, and the user is told why.
        FUZZ_REQUIRE(!first.error.isEmpty(), QString());
        return 0;
    }
    FUZZ_REQUIRE(first.error.isEmpty(), first.error);
    FUZZ_REQUIRE(!first.meeting->meeting.id.trimmed().isEmpty(), QString());

    const QByteArray written = MeetingJson::serialize(*first.meeting);
    const MeetingJson::Result again = MeetingJson::parse(written, fileName);
    FUZZ_REQUIRE(again.meeting.has_value(), again.error + u'\n' + QString::fromUtf8(written));
    // The first parse may normalize (times to UTC without milliseconds, a
    // bare chair name to an object); after that it is a fixed point.
    const QByteArray rewritten = MeetingJson::serialize(*again.meeting);
    FUZZ_REQUIRE(rewritten == written,
                 QString::fromUtf8(written) + u'\n' + QString::fromUtf8(rewritten));
    FUZZ_REQUIRE(again.meeting->documents.size() == first.meeting->documents.size(), QString());
    FUZZ_REQUIRE(again.meeting->agenda.size() == first.meeting->agenda.size(), QString());
    return 0;
}
