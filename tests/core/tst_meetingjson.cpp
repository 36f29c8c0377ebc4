#include "MeetingJson.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;

namespace {
const QString kName = QStringLiteral("meeting.json");

QByteArray demoJson() {
    return PlenaryTest::readAll(QStringLiteral(PLENARY_SOURCE_DIR "/resources/demo/meeting.json"));
}

QByteArray minimal(const QJsonObject &extra = {}) {
    QJsonObject root{{"format", "plenary-meeting/1"},
                     {"meeting", QJsonObject{{"id", "m1"}, {"title", "T"}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson();
}
} // namespace

class TestMeetingJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheDemoManifest() {
        const auto r = MeetingJson::parse(demoJson(), kName);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.meeting->agenda.size(), 15);
        QCOMPARE(r.meeting->meeting.start, QDate(2010, 6, 14));
    }

    void roundTripKeepsEverything() {
        const MeetingData m = PlenaryTest::sampleMeeting();
        const QByteArray json = MeetingJson::serialize(m);
        const auto r = MeetingJson::parse(json, kName);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.meeting->meeting, m.meeting);
        QCOMPARE(r.meeting->agenda, m.agenda);
        QCOMPARE(r.meeting->workingGroups, m.workingGroups);
        QCOMPARE(r.meeting->documents.size(), m.documents.size());
        for (int i = 0; i < m.documents.size(); ++i)
            QCOMPARE(r.meeting->documents.at(i), m.documents.at(i));
        // And serialising again gives the same bytes: stable output.
        QCOMPARE(MeetingJson::serialize(*r.meeting), json);
    }

    void minimalFileIsEnough() {
        const auto r = MeetingJson::parse(minimal(), kName);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.meeting->meeting.id, QStringLiteral("m1"));
        QVERIFY(r.meeting->documents.isEmpty());
    }

    void timesWithoutOffsetAreUtc() {
        const auto r = MeetingJson::parse(
            minimal({{"documents", QJsonArray{QJsonObject{{"number", "A-1"},
                                                          {"received", "2010-06-01T10:00:00"}}}}}),
            kName);
        QVERIFY2(r.meeting, qPrintable(r.error));
        QCOMPARE(r.meeting->documents[0].received,
                 QDateTime(QDate(2010, 6, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void truncatedFilesAreRejected() {
        const QByteArray json = demoJson();
        // Cut the file at many places; every prefix must fail with the name.
        for (qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(20), json.size() / 3,
                              json.size() / 2, json.size() - 3}) {
            const auto r = MeetingJson::parse(json.left(cut), kName);
            QVERIFY2(!r.meeting, qPrintable(QString::number(cut)));
            QVERIFY2(r.error.startsWith(kName + QStringLiteral(": ")), qPrintable(r.error));
        }
        const auto r = MeetingJson::parse(json.left(json.size() / 2), kName);
        QVERIFY2(r.error.contains(QStringLiteral("truncated")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("line ")), qPrintable(r.error));
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QByteArray("  \n") << "the file is empty";
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << "expected a JSON object at the top level";
        QTest::newRow("no format")
            << QByteArray(R"({"meeting":{"id":"a","title":"b"}})") << "format: is missing";
        QTest::newRow("unknown version")
            << QByteArray(R"({"format":"plenary-meeting/2","meeting":{"id":"a","title":"b"}})")
            << "unsupported format 'plenary-meeting/2' (this version of Plenary reads "
               "plenary-meeting/1)";
        QTest::newRow("format is a number")
            << QByteArray(R"({"format":1})") << "format: expected a string, found a number";
        QTest::newRow("no meeting")
            << QByteArray(R"({"format":"plenary-meeting/1"})") << "meeting: is missing";
        QTest::newRow("title wrong type")
            << QByteArray(R"({"format":"plenary-meeting/1","meeting":{"id":"a","title":7}})")
            << "meeting.title: expected a string, found a number";
        QTest::newRow("bad date")
            << minimal(
                   {{"meeting", QJsonObject{{"id", "a"}, {"title", "b"}, {"start", "14 June"}}}})
            << "meeting.start: '14 June' is not a date (expected YYYY-MM-DD)";
        QTest::newRow("ends before start")
            << minimal({{"meeting", QJsonObject{{"id", "a"},
                                                {"title", "b"},
                                                {"start", "2010-06-14"},
                                                {"end", "2010-06-13"}}}})
            << "meeting.end: ends before it starts";
        QTest::newRow("agenda not array")
            << minimal({{"agenda", "1,2,3"}}) << "agenda: expected an array, found a string";
        QTest::newRow("duplicate agenda id")
            << minimal({{"agenda",
                         QJsonArray{QJsonObject{{"id", "6"}, {"title", "x"}},
                                    QJsonObject{{"id", "7"},
                                                {"title", "y"},
                                                {"items", QJsonArray{QJsonObject{
                                                              {"id", "6"}, {"title", "z"}}}}}}}})
            << "agenda[1].items[0].id: duplicate agenda item id '6'";
        QTest::newRow("agenda item without title")
            << minimal({{"agenda", QJsonArray{QJsonObject{{"id", "1"}}}}})
            << "agenda[0].title: is missing";
        QTest::newRow("duplicate working group")
            << minimal({{"workingGroups", QJsonArray{QJsonObject{{"id", "WG1"}, {"title", "a"}},
                                                     QJsonObject{{"id", "WG1"}, {"title", "b"}}}}})
            << "workingGroups[1].id: duplicate working group id 'WG1'";
        QTest::newRow("duplicate document")
            << minimal({{"documents", QJsonArray{QJsonObject{{"number", "C-1"}},
                                                 QJsonObject{{"number", "C-1"}}}}})
            << "documents[1].number: duplicate document number 'C-1'";
        QTest::newRow("document type unknown")
            << minimal(
                   {{"documents", QJsonArray{QJsonObject{{"number", "C-1"}, {"type", "memo"}}}}})
            << "documents[0].type: unknown document type 'memo'";
        QTest::newRow("document for unknown")
            << minimal({{"documents", QJsonArray{QJsonObject{{"number", "C-1"}, {"for", "fun"}}}}})
            << "documents[0].for: unknown purpose 'fun'";
        QTest::newRow("unknown agenda reference")
            << minimal({{"documents", QJsonArray{QJsonObject{{"number", "C-1"},
                                                             {"agendaItems", QJsonArray{"99"}}}}}})
            << "documents[0].agendaItems[0]: unknown agenda item '99'";
        QTest::newRow("agendaItems holds a number")
            << minimal({{"documents", QJsonArray{QJsonObject{{"number", "C-1"},
                                                             {"agendaItems", QJsonArray{6}}}}}})
            << "documents[0].agendaItems[0]: expected a string, found a number";
        QTest::newRow("unknown working group")
            << minimal({{"documents",
                         QJsonArray{QJsonObject{{"number", "C-1"}, {"workingGroup", "WG9"}}}}})
            << "documents[0].workingGroup: unknown working group 'WG9'";
        QTest::newRow("file name with a path")
            << minimal({{"documents",
                         QJsonArray{QJsonObject{
                             {"number", "C-1"},
                             {"files", QJsonArray{QJsonObject{{"name", "../../etc/passwd"}}}}}}}})
            << "documents[0].files[0].name: '../../etc/passwd' is not a safe file name or "
               "relative path: the name contains '..'";
        QTest::newRow("negative size")
            << minimal(
                   {{"documents",
                     QJsonArray{QJsonObject{
                         {"number", "C-1"},
                         {"files", QJsonArray{QJsonObject{{"name", "a.pdf"}, {"size", -5}}}}}}}})
            << "documents[0].files[0].size: expected a non-negative whole number";
        QTest::newRow("size as string")
            << minimal(
                   {{"documents",
                     QJsonArray{QJsonObject{
                         {"number", "C-1"},
                         {"files", QJsonArray{QJsonObject{{"name", "a.pdf"}, {"size", "12"}}}}}}}})
            << "documents[0].files[0].size: expected a non-negative whole number, found a string";
        QTest::newRow("bad sha256")
            << minimal({{"documents", QJsonArray{QJsonObject{
                                          {"number", "C-1"},
                                          {"files", QJsonArray{QJsonObject{{"name", "a.pdf"},
                                                                           {"sha256", "abc"}}}}}}}})
            << "documents[0].files[0].sha256: expected 64 hexadecimal digits";
        QTest::newRow("duplicate file")
            << minimal({{"documents", QJsonArray{QJsonObject{
                                          {"number", "C-1"},
                                          {"files", QJsonArray{QJsonObject{{"name", "a.pdf"}},
                                                               QJsonObject{{"name", "a.pdf"}}}}}}}})
            << "documents[0].files[1].name: duplicate file 'a.pdf'";
        QTest::newRow("bad received")
            << minimal({{"documents",
                         QJsonArray{QJsonObject{{"number", "C-1"}, {"received", "yesterday"}}}}})
            << "documents[0].received: 'yesterday' is not a date and time";
        QTest::newRow("document is a string") << minimal({{"documents", QJsonArray{"C-1"}}})
                                              << "documents[0]: expected an object, found a string";
    }

    void fileNamesMayBeRelativePaths_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("plain") << "x.pdf"
                               << "";
        QTest::newRow("sub-folder") << "in/x.pdf"
                                    << "";
        QTest::newRow("two sub-folders") << "in/late/x.pdf"
                                         << "";
        QTest::newRow("three sub-folders") << "a/b/c/x.pdf"
                                           << "more than 2 folders deep";
        QTest::newRow("parent") << "../x"
                                << "the name contains '..'";
        QTest::newRow("parent inside") << "in/../x"
                                       << "the name contains '..'";
        QTest::newRow("two dots in a name") << "Report..v2.pdf"
                                            << "the name contains '..'";
        const QString emptyPart =
            QStringLiteral("an empty part of the path (a leading, trailing or double slash)");
        QTest::newRow("absolute") << "/x" << emptyPart;
        QTest::newRow("empty segment") << "a//b" << emptyPart;
        QTest::newRow("trailing slash") << "in/" << emptyPart;
        QTest::newRow("dot segment") << "a/./b"
                                     << "the name is '.'";
        QTest::newRow("backslash") << "a\\b"
                                   << "the name contains a backslash";
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                             << "the name contains a control character";
        QTest::newRow("bidi override") << "in/x\u202Efdp.exe"
                                       << "the name contains a bidirectional control character";
    }

    void fileNamesMayBeRelativePaths() {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QByteArray json = minimal(
            {{"documents",
              QJsonArray{QJsonObject{{"number", "C-1"},
                                     {"files", QJsonArray{QJsonObject{{"name", name}}}}}}}});
        const auto r = MeetingJson::parse(json, kName);
        QCOMPARE(bool(r.meeting), reason.isEmpty());
        if (reason.isEmpty()) {
            QCOMPARE(r.meeting->documents.first().files.first().name, name);
        } else {
            // Which rule was broken, so the secretariat can mend the name.
            const QString expected =
                kName + QStringLiteral(": documents[0].files[0].name: '") + name +
                QStringLiteral("' is not a safe file name or relative path: ") + reason;
            QCOMPARE(r.error, expected);
        }
    }

    void badInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto r = MeetingJson::parse(json, kName);
        QVERIFY(!r.meeting);
        QVERIFY2(r.error.startsWith(kName + QStringLiteral(": ") + expected), qPrintable(r.error));
    }

    void readFileNamesThePath() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        auto r = MeetingJson::readFile(missing);
        QVERIFY(!r.meeting);
        QVERIFY2(r.error.startsWith(missing + QStringLiteral(": ")), qPrintable(r.error));

        const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(demoJson().left(500));
        f.close();
        r = MeetingJson::readFile(truncated);
        QVERIFY(!r.meeting);
        QVERIFY2(r.error.startsWith(truncated + QStringLiteral(": line ")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestMeetingJson)
#include "tst_meetingjson.moc"
