#include "SessionJson.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Plenary;

namespace {
const QString kSource = QStringLiteral("session.json");

QByteArray withRoot(const std::function<void(QJsonObject &)> &edit) {
    QJsonObject root =
        QJsonDocument::fromJson(SessionJson::serialize(PlenaryTest::sampleSession())).object();
    edit(root);
    return QJsonDocument(root).toJson();
}
} // namespace

class TestSessionJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEverything() {
        const SessionState s = PlenaryTest::sampleSession();
        const QByteArray json = SessionJson::serialize(s);
        const auto r = SessionJson::parse(json, kSource);
        QVERIFY2(r.session, qPrintable(r.error));
        QVERIFY(r.session->sameContent(s));
        QCOMPARE(r.session->revision, 7);
        QCOMPARE(r.session->updated, s.updated);
        QCOMPARE(r.session->outcomes.at(1).at, s.outcomes.at(1).at); // milliseconds kept
        QCOMPARE(r.session->outcomes.at(1).text, s.outcomes.at(1).text);
        QCOMPARE(r.session->liaisons.first(), s.liaisons.first());
        QCOMPARE(r.session->addedDocuments.first(), s.addedDocuments.first());
        QCOMPARE(SessionJson::serialize(*r.session), json); // stable bytes
    }

    void emptySessionIsValid() {
        SessionState s;
        s.meetingId = QStringLiteral("m");
        const auto r = SessionJson::parse(SessionJson::serialize(s), kSource);
        QVERIFY2(r.session, qPrintable(r.error));
        QVERIFY(r.session->allocations.isEmpty());
        QVERIFY(r.session->currentItem.isEmpty());
    }

    void badInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << "session.json: the file is empty";
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>")
                                  << "session.json: line 1, column 2: illegal value";
        QTest::newRow("array") << QByteArray("[]")
                               << "session.json: expected a JSON object at the top level";
        QTest::newRow("other format")
            << withRoot([](QJsonObject &o) { o.insert("format", "plenary-session/2"); })
            << "session.json: unsupported format 'plenary-session/2'";
        QTest::newRow("no meeting") << withRoot([](QJsonObject &o) { o.remove("meeting"); })
                                    << "session.json: meeting: is missing";
        QTest::newRow("negative revision")
            << withRoot([](QJsonObject &o) { o.insert("revision", -1); })
            << "session.json: revision: expected a non-negative whole number";
        QTest::newRow("revision as text")
            << withRoot([](QJsonObject &o) { o.insert("revision", "7"); })
            << "session.json: revision: expected a non-negative whole number, found a string";
        QTest::newRow("allocation not an object") << withRoot([](QJsonObject &o) {
            o.insert("allocations", QJsonObject{{"T25-SG17-C-0001", "WP1"}});
        }) << "session.json: allocations.T25-SG17-C-0001: expected an object, found a string";
        QTest::newRow("empty allocation") << withRoot([](QJsonObject &o) {
            o.insert("allocations", QJsonObject{{"T25-SG17-C-0001", QJsonObject{}}});
        }) << "allocations.T25-SG17-C-0001: names neither a working group nor an agenda item";
        QTest::newRow("unknown status") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("outcomes").toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert("status", "adopted");
            a.replace(0, first);
            o.insert("outcomes", a);
        }) << "session.json: outcomes[0].status: unknown status 'adopted' (expected one of:";
        QTest::newRow("duplicate outcome id") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("outcomes").toArray();
            a.append(a.at(0));
            o.insert("outcomes", a);
        }) << "session.json: outcomes[3].id: duplicate outcome id 'u-3'";
        QTest::newRow("revision without target") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("outcomes").toArray();
            QJsonObject r = a.at(2).toObject();
            r.remove("target");
            a.replace(2, r);
            o.insert("outcomes", a);
        }) << "outcomes[2]: a revision names one document and its new number";
        QTest::newRow("liaison without title") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("liaisons").toArray();
            QJsonObject l = a.at(0).toObject();
            l.remove("title");
            a.replace(0, l);
            o.insert("liaisons", a);
        }) << "session.json: liaisons[0].title: is missing";
        QTest::newRow("bad deadline") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("liaisons").toArray();
            QJsonObject l = a.at(0).toObject();
            l.insert("deadline", "next week");
            a.replace(0, l);
            o.insert("liaisons", a);
        }) << "liaisons[0].deadline: 'next week' is not a date";
        QTest::newRow("duplicate document") << withRoot([](QJsonObject &o) {
            QJsonArray a = o.value("documents").toArray();
            a.append(a.at(0));
            o.insert("documents", a);
        }) << "documents[1].number: duplicate document number 'T25-SG17-C-0004'";
    }

    void badInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto r = SessionJson::parse(json, kSource);
        QVERIFY(!r.session);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void truncatedAnywhereIsRefused() {
        const QByteArray json = SessionJson::serialize(PlenaryTest::sampleSession());
        for (int cut : {1, 10, int(json.size()) / 3, int(json.size()) / 2, int(json.size()) - 3}) {
            const auto r = SessionJson::parse(json.left(cut), kSource);
            QVERIFY2(!r.session, qPrintable(QString::number(cut)));
            QVERIFY2(r.error.contains(QStringLiteral("truncated")) ||
                         r.error.contains(QStringLiteral("line")),
                     qPrintable(r.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionJson)
#include "tst_sessionjson.moc"
