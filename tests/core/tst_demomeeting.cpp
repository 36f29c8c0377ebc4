#include "DataPaths.h"
#include "DemoMeeting.h"
#include "Store.h"
#include "TestUtil.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

class TestDemoMeeting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agendaIsAnnexTwoWordForWord() {
        const MeetingData m = DemoMeeting::manifest();
        QCOMPARE(m.meeting.id, QStringLiteral("fg-smart-1"));
        QCOMPARE(m.meeting.start, QDate(2010, 6, 14));
        QCOMPARE(m.meeting.end, QDate(2010, 6, 16));
        QCOMPARE(m.meeting.contributionDeadline, QDate(2010, 6, 7));
        QCOMPARE(m.meeting.chair.name, QStringLiteral("Les Brown"));
        QCOMPARE(m.meeting.viceChairs.size(), 3);
        QCOMPARE(m.agenda.size(), 15);
        QStringList ids;
        for (const AgendaItem *item : m.flatAgenda())
            ids << item->id;
        QCOMPARE(ids, QStringList({"1",   "2",    "3",   "4",  "5",  "6", "6.a", "6.a.i",
                                   "6.b", "6.c",  "6.d", "7",  "8",  "9", "9.a", "10",
                                   "11",  "11.a", "12",  "13", "14", "15"}));
        QCOMPARE(m.agendaItem(QStringLiteral("6.a.i"))->title,
                 QStringLiteral("Review and approval of the ToR for each Working Group"));
        QCOMPARE(m.agendaItem(QStringLiteral("8"))->title,
                 QStringLiteral("Allocation of contributions to Working Groups"));
        QCOMPARE(m.agendaItem(QStringLiteral("9.a"))->title, QStringLiteral("Tuesday am?"));
        QVERIFY(m.agendaItem(QStringLiteral("6.c"))
                    ->title.contains(QStringLiteral("(tsbfgsmart@itu.int)")));
        QCOMPARE(m.agenda.last().title, QStringLiteral("Closing of the meeting"));
    }

    void documentsFollowTheCircular() {
        const MeetingData m = DemoMeeting::manifest();
        QCOMPARE(m.workingGroups.size(), 3);
        QCOMPARE(m.workingGroups[0].id, QStringLiteral("WG1"));
        QCOMPARE(m.workingGroups[2].id, QStringLiteral("WG3"));
        int contributions = 0, liaisons = 0, late = 0;
        for (int i = 0; i < m.documents.size(); ++i) {
            const Document &d = m.documents[i];
            QCOMPARE(d.number, QStringLiteral("FG-Smart-I-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
            QVERIFY(!d.title.isEmpty() && !d.source.isEmpty() && !d.abstract.isEmpty());
            QVERIFY(d.received.isValid());
            contributions += d.type == DocumentType::Contribution ? 1 : 0;
            liaisons += d.type == DocumentType::IncomingLiaison ? 1 : 0;
            late += m.isLate(d) ? 1 : 0;
        }
        QVERIFY2(contributions >= 30, qPrintable(QString::number(contributions)));
        QVERIFY(m.documents.size() >= 33);
        QCOMPARE(liaisons, 3);
        QVERIFY2(late >= 3, qPrintable(QString::number(late)));
    }

    void installWritesRealPdfsAndOutcomes() {
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::at(dir.path());
        Store store(paths.databaseFile());
        QVERIFY(store.open());
        QString error;
        const auto id = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, QStringLiteral("fg-smart-1"));
        const auto m = store.loadMeeting(*id);
        QVERIFY(m);
        QVERIFY(m->outcomes.size() >= 3);
        QCOMPARE(m->latestOutcome(QStringLiteral("FG-Smart-I-0001"))->status,
                 OutcomeStatus::ApprovedByConsensus);
        for (const Document &d : m->documents) {
            QCOMPARE(d.files.size(), 1);
            const DocumentFile &f = d.files[0];
            const QByteArray bytes =
                PlenaryTest::readAll(paths.documentsDir(*id) + QLatin1Char('/') + f.name);
            QVERIFY(bytes.startsWith("%PDF-"));
            QCOMPARE(bytes.size(), f.size);
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     f.sha256);
        }

        // A second start neither reinstalls nor duplicates the outcomes.
        const auto again = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
        QCOMPARE(*again, *id);
        QCOMPARE(store.loadMeeting(*id)->outcomes.size(), m->outcomes.size());

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {paths.documentsDir(*id) + QStringLiteral("/FG-Smart-I-0011.pdf"),
                            QStringLiteral("-")});
        QVERIFY(p.waitForFinished());
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("FG-Smart-I-0011")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("demand response")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("FOCUS GROUP ON SMART GRID")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestDemoMeeting)
#include "tst_demomeeting.moc"
